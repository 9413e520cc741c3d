package vn.bentre.ocop.products.entity;

/** The programme's indicators, each with a target; shares are in percent. */
public enum Indicator {
    RATED_PRODUCTS(false),
    FIVE_STAR_PRODUCTS(false),
    UPGRADED_SHARE(true),
    COOPERATIVE_SHARE(true),
    CRAFT_VILLAGE_SHARE(true),
    TRADE_PARTICIPATIONS(false);

    private final boolean share;

    Indicator(boolean share) {
        this.share = share;
    }

    public boolean isShare() {
        return share;
    }
}
