package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.Site;

/**
 * Published content for machines, read-only: lists and one item. Types are named by their public path
 * segment ({@code tin-tuc}, {@code ban-tin}, ...), as in the portal's URLs. Unknown types, items and pages are
 * 404 problems (platform's ProblemMappers).
 */
@Path("noi-dung")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nội dung", description = "Published news, bulletins and other content")
public class ContentApiResource {

    /** An item in a list; {@code url} is its public page. */
    public record Summary(
            String type,
            String slug,
            String title,
            String summary,
            String language,
            LocalDateTime publishedAt,
            String url) {}

    /** One item, with its sanitized HTML body. */
    public record Detail(
            String type,
            String slug,
            String title,
            String summary,
            String body,
            String author,
            LocalDateTime publishedAt,
            LocalDateTime updatedAt,
            Integer issueNumber,
            String periodLabel,
            String language,
            long views,
            String url) {}

    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** A search result: title and snippet are HTML (escaped text, the query's words in mark elements). */
    public record Hit(
            String type,
            String slug,
            String title,
            String titleHtml,
            String snippetHtml,
            LocalDateTime publishedAt,
            String url) {}

    @Inject
    CatalogService catalog;

    @Inject
    PublishedContentService published;

    @Inject
    Site site;

    @GET
    @Operation(summary = "Published items, newest first, optionally of one type")
    @APIResponse(responseCode = "200", description = "One page of items")
    @APIResponse(responseCode = "404", description = "Unknown type, or a page beyond the end")
    public Page<Summary> list(
            @Parameter(description = "tin-tuc, ban-tin, chuyen-de, tai-lieu or van-ban; all types when absent")
                    @QueryParam("loai")
                    String type,
            @Parameter(description = "page number, from 1") @QueryParam("trang") @DefaultValue("1") int page,
            @Parameter(description = "items per page, 1 to 50") @QueryParam("co") @DefaultValue("10") int size) {
        ContentType filter = type == null || type.isBlank() ? null : type(type);
        if (page < 1 || size < 1 || size > CatalogService.MAX_PAGE_SIZE) {
            throw new NotFoundException();
        }
        var result = catalog.page(filter, page, size);
        if (result.isBeyondEnd()) {
            throw new NotFoundException();
        }
        return new Page<>(result.getItems().stream().map(this::summary).toList(), page, size, result.getTotal());
    }

    @GET
    @Path("{loai}/{slug}")
    @Operation(summary = "One published item")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No published item of this type has this slug")
    public Detail item(@PathParam("loai") String type, @PathParam("slug") String slug) {
        var item = published.findPublished(type(type), slug).orElseThrow(NotFoundException::new);
        return new Detail(
                ContentPaths.segment(item.getType()),
                item.getSlug(),
                item.getTitle(),
                item.getSummary(),
                item.getBody(),
                item.getAuthor().getFullName(),
                item.getPublishedAt(),
                item.getUpdatedAt(),
                item.getIssueNumber(),
                item.getPeriodLabel(),
                item.getLanguage(),
                item.getViewCount(),
                url(item.getType(), item.getSlug()));
    }

    static ContentType type(String segment) {
        return ContentPaths.type(segment).orElseThrow(NotFoundException::new);
    }

    private Summary summary(ContentItem item) {
        return new Summary(
                ContentPaths.segment(item.getType()),
                item.getSlug(),
                item.getTitle(),
                item.getSummary(),
                item.getLanguage(),
                item.getPublishedAt(),
                url(item.getType(), item.getSlug()));
    }

    String url(ContentType type, String slug) {
        return site.getBaseUrl() + ContentPaths.itemPath(type, slug);
    }
}
