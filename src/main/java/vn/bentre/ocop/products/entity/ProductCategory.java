package vn.bentre.ocop.products.entity;

/** The six product groups of the national OCOP programme (Decision 148/QĐ-TTg). */
public enum ProductCategory {
    /** Thực phẩm. */
    FOOD,
    /** Đồ uống. */
    BEVERAGE,
    /** Thảo dược. */
    HERBAL,
    /** Vải và may mặc. */
    TEXTILE,
    /** Lưu niệm, nội thất, trang trí (thủ công mỹ nghệ). */
    HANDICRAFT,
    /** Dịch vụ du lịch cộng đồng và điểm du lịch. */
    TOURISM
}
