package vn.bentre.ocop.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.content.boundary.PublishedContentService;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.training.boundary.CourseCatalogService;
import vn.bentre.ocop.training.boundary.CourseSummary;

/** The home page's sections ({@code index.xhtml}): latest news, the current bulletin, the next courses. */
@Named
@RequestScoped
public class HomeBacking {

    static final int NEWS = 5;
    static final int COURSES = 3;

    @Inject
    PublishedContentService content;

    @Inject
    CourseCatalogService catalogue;

    @Inject
    Language language;

    private List<ContentItem> news;
    private List<ContentItem> bulletins;
    private List<CourseSummary> courses;

    @PostConstruct
    void load() {
        news = content.latest(ContentType.NEWS, NEWS, language.getTag());
        bulletins = content.latest(ContentType.BULLETIN, 1, language.getTag());
        courses = catalogue.upcoming(COURSES);
    }

    public List<ContentItem> getNews() {
        return news;
    }

    /** The newest issue, as a list of at most one so the page needs no null check. */
    public List<ContentItem> getBulletins() {
        return bulletins;
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }
}
