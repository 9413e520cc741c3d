package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.Site;

/** Search for machines: the same index, ranking and snippets as the search page. */
@Path("tim-kiem")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nội dung", description = "Published news, bulletins and other content")
public class SearchApiResource {

    @Inject
    SearchService search;

    @Inject
    Site site;

    @GET
    @Operation(summary = "Search published content, with or without Vietnamese diacritics")
    @APIResponse(responseCode = "200", description = "The best matches first; empty for an empty query")
    public ContentApiResource.Page<ContentApiResource.Hit> search(
            @Parameter(description = "the words to find (at most 200 characters are used)") @QueryParam("q") String q,
            @Parameter(description = "only this type (tin-tuc, ban-tin, ...)") @QueryParam("loai") String type,
            @Parameter(description = "page number, from 1") @QueryParam("trang") @DefaultValue("1") int page) {
        ContentType filter = type == null || type.isBlank() ? null : ContentApiResource.type(type);
        var results = search.search(q, filter, Math.max(1, Math.min(page, 10_000)), 10);
        return new ContentApiResource.Page<>(
                results.hits().stream()
                        .map(h -> new ContentApiResource.Hit(
                                ContentPaths.segment(h.type()),
                                h.slug(),
                                h.title(),
                                h.titleHtml(),
                                h.snippetHtml(),
                                h.publishedAt(),
                                site.getBaseUrl() + ContentPaths.itemPath(h.type(), h.slug())))
                        .toList(),
                results.page(),
                results.size(),
                results.total());
    }
}
