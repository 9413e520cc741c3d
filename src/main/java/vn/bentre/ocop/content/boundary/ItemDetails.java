package vn.bentre.ocop.content.boundary;

import java.util.List;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.FileInfo;
import vn.bentre.ocop.content.entity.MaterialTopic;
import vn.bentre.ocop.content.entity.OfficialDocument;
import vn.bentre.ocop.content.entity.Tag;

/**
 * Everything a public detail page shows around an item's text: its cover (the reduced copy when there is one), its
 * attachments, categories and tags, the fields of its type, the newest related items, and its visible translations
 * into other languages.
 */
public record ItemDetails(
        Cover cover,
        List<FileInfo> attachments,
        List<Category> categories,
        List<Tag> tags,
        OfficialDocument document,
        List<MaterialTopic> topics,
        List<ContentItem> members,
        List<ContentItem> related,
        List<ContentItem> translations) {

    /** The picture to show and the text that stands for it. */
    public record Cover(String path, String alt, Integer width, Integer height) {}

    public Cover getCover() {
        return cover;
    }

    public List<FileInfo> getAttachments() {
        return attachments;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public OfficialDocument getDocument() {
        return document;
    }

    public List<MaterialTopic> getTopics() {
        return topics;
    }

    public List<ContentItem> getMembers() {
        return members;
    }

    public List<ContentItem> getRelated() {
        return related;
    }

    public List<ContentItem> getTranslations() {
        return translations;
    }
}
