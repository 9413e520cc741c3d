package vn.bentre.ocop.browser;

/**
 * What the people of the journeys do often, the way they do it: sign in from the header link, register from the
 * sign-in page, and (trainers) create and open a course through the trainer's pages.
 */
final class People {

    static final String PASSWORD = "ocop-bentre-demo";
    static final String MAIN_MENU = "Điều hướng chính";
    /** The signed-in person's work areas in the header bar (Cá nhân, Giảng viên, Biên tập, Quản trị). */
    static final String WORK_AREAS = "Khu vực làm việc";

    private People() {}

    /** Signs in with a demo account from the header's link and waits for the person's name in the header. */
    static Browser signIn(Browser person, String email, String name) {
        person.open("/").clickLink("Đăng nhập").expectHeading("Đăng nhập");
        person.type("Thư điện tử", email).type("Mật khẩu", PASSWORD).clickButton("Đăng nhập");
        return person.expectText(name);
    }

    /** A course a trainer creates: its address code, title, topic (the catalogue filters by it) and seats. */
    record Course(String code, String title, String topic, int seats) {}

    /**
     * A signed-in trainer creates a course through their pages (the editor's suggested enrolment window and
     * first session, which lies about two and a half weeks ahead), then opens it for enrolment.
     */
    static void createsAndOpens(Browser trainer, Course course, String description, String venue) {
        createsAndOpens(trainer, course, description, venue, null, null);
    }

    /**
     * The same, with the one session's start and end picked ({@code 2026-12-05T07:30}); {@code null} keeps the
     * editor's suggestion.
     */
    static void createsAndOpens(
            Browser trainer, Course course, String description, String venue, String startsAt, String endsAt) {
        trainer.clickLinkIn(WORK_AREAS, "Giảng viên").expectHeading("Khu vực giảng viên");
        trainer.clickLink("Khóa học của tôi (giảng viên)").expectHeading("Khóa học của tôi (giảng viên)");
        trainer.clickLink("Tạo khóa học mới").expectHeading("Tạo khóa học mới");
        trainer.type("Mã khóa học", course.code())
                .type("Tên khóa học", course.title())
                .type("Mô tả", description)
                .type("Chủ đề", course.topic())
                .type("Số chỗ", String.valueOf(course.seats()))
                .type("Địa điểm", venue);
        if (startsAt != null) {
            trainer.pick("Bắt đầu", startsAt).pick("Kết thúc", endsAt);
        }
        trainer.step("tao khoa hoc").clickButton("Lưu").expectText("Đã tạo khóa học (bản nháp)");
        trainer.clickButton("Mở đăng ký").expectText("Khóa học đã mở đăng ký").step("mo dang ky");
    }

    /** Finds a course in the catalogue through its topic filter and opens its page. */
    static Browser findsCourse(Browser learner, String topic, String title) {
        learner.clickLinkIn(MAIN_MENU, "Khóa học").expectHeading("Khóa học");
        learner.choose("Chủ đề", topic).clickButton("Lọc").expectText("Bỏ lọc");
        learner.clickLink(title);
        return learner.expectHeading(title);
    }

    /** Opens "My courses" from the person's own area. */
    static Browser opensMyCourses(Browser learner) {
        learner.clickLinkIn(WORK_AREAS, "Cá nhân");
        learner.clickLink("Khóa học của tôi");
        return learner.expectHeading("Khóa học của tôi");
    }
}
