package vn.bentre.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.content.boundary.SubscriptionService;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.entity.OutboxMail;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/** Double opt-in subscriptions on the real database: nothing before confirmation, nothing after unsubscribing. */
@ExtendWith(ArquillianExtension.class)
class SubscriptionIT {

    static final Pattern TOKEN = Pattern.compile("\\?ma=([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(SubscriptionIT.class, TestSubscriptions.class);
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    TestSubscriptions content;

    @Test
    void onlyAConfirmedReaderIsToldAboutANewBulletinAndCanLeaveInOneClick() {
        String reader = unique();
        subscriptions.subscribe(reader, Subscription.Topic.BULLETINS, "", "vi");

        var confirmation = content.mailsTo(reader);
        assertThat(confirmation).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("Xác nhận đăng ký nhận", "Bản tin OCOP mới");
            assertThat(mail.getBodyText()).contains("/xac-nhan-nhan-tin?ma=");
        });
        content.announceNewest(ContentType.BULLETIN);
        assertThat(content.mailsTo(reader)).as("nothing before confirmation").hasSize(1);

        String token = token(confirmation.getFirst());
        assertThat(subscriptions.confirm(token)).contains(Subscription.Topic.BULLETINS);
        var bulletin = content.announceNewest(ContentType.BULLETIN);

        var notice = content.mailsTo(reader).getLast();
        assertThat(notice.getSubject()).contains(bulletin.getTitle());
        assertThat(notice.getBodyText()).contains("/ban-tin/" + bulletin.getSlug(), "/huy-nhan-tin?ma=" + token);
        assertThat(notice.getListUnsubscribe()).endsWith("/api/nhan-tin/huy?ma=" + token);
        assertThat(notice.getStatus()).isEqualTo(OutboxMail.Status.PENDING);

        assertThat(subscriptions.unsubscribe(token)).contains(Subscription.Topic.BULLETINS);
        content.announceNewest(ContentType.BULLETIN);
        assertThat(content.mailsTo(reader)).as("nothing after unsubscribing").hasSize(2);
        assertThat(subscriptions.confirm(token))
                .as("an old link does not bring the address back")
                .isEmpty();
    }

    @Test
    void newsSubscribersAreNotMailedAboutBulletins() {
        String reader = unique();
        subscriptions.subscribe(reader, Subscription.Topic.NEWS, "", "en");
        subscriptions.confirm(token(content.mailsTo(reader).getFirst()));

        content.announceNewest(ContentType.BULLETIN);
        assertThat(content.mailsTo(reader)).hasSize(1);

        content.announceNewest(ContentType.NEWS);
        assertThat(content.mailsTo(reader))
                .hasSize(2)
                .last()
                .satisfies(mail -> assertThat(mail.getBodyText()).contains("Read it all:", "/tin-tuc/"));
    }

    @Test
    void aSeriesOrCategorySubscriberHearsOfANewArticleInItOnceEvenWithSeveralSubscriptions() {
        var member = content.newsInASeries();
        String reader = unique();
        subscriptions.subscribe(reader, Subscription.Topic.SERIES, member.series(), "vi");
        subscriptions.subscribe(reader, Subscription.Topic.NEWS, "", "vi");
        for (var mail : content.mailsTo(reader)) {
            subscriptions.confirm(token(mail));
        }
        assertThat(content.mailsTo(reader).getFirst().getSubject()).contains("Bài mới của chuyên đề «");

        content.announce(member.itemId(), ContentType.NEWS);

        var mails = content.mailsTo(reader);
        assertThat(mails).hasSize(3);
        assertThat(mails.getLast().getBodyText()).contains("/tin-tuc/");
    }

    @Test
    void anUnknownSeriesOrCategoryIsRefused() {
        assertThatThrownBy(() -> subscriptions.subscribe(unique(), Subscription.Topic.SERIES, "khong-co", "vi"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("subscription.unknownTopic");
        assertThatThrownBy(() -> subscriptions.subscribe(unique(), Subscription.Topic.CATEGORY, "", "vi"))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void subscribingTwiceSendsAnotherConfirmationButKeepsOneSubscription() {
        String reader = unique();
        subscriptions.subscribe(reader, Subscription.Topic.NEWS, "", "vi");
        subscriptions.subscribe(reader.toUpperCase(), Subscription.Topic.NEWS, "", "vi");

        assertThat(content.mailsTo(reader)).hasSize(2);
        assertThat(token(content.mailsTo(reader).get(0)))
                .isEqualTo(token(content.mailsTo(reader).get(1)));
    }

    @Test
    void aBadAddressOrAnUnknownTokenIsRefusedQuietly() {
        assertThatThrownBy(() -> subscriptions.subscribe("không phải thư", Subscription.Topic.NEWS, "", "vi"))
                .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(subscriptions.confirm("khong-co-ma-nay")).isEmpty();
        assertThat(subscriptions.unsubscribe(null)).isEmpty();
    }

    @Test
    @RunAsClient
    void aReaderSubscribesThroughThePageWithoutASession(@ArquillianResource URL base) throws Exception {
        var web = new WebClient(base.toURI());
        var page = web.get("/nhan-tin");
        assertThat(page.body()).contains("Nhận tin qua thư điện tử", "Bản tin OCOP mới");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();

        var refused = web.submit(
                "/nhan-tin",
                page.body(),
                Map.of(
                        "subscribe",
                        "subscribe",
                        "subscribe:email",
                        "không phải địa chỉ",
                        "subscribe:choice",
                        "BULLETINS",
                        "subscribe:submit",
                        "x"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("địa chỉ thư điện tử không hợp lệ", "value=\"không phải địa chỉ\"");

        var accepted = web.submit(
                "/nhan-tin",
                page.body(),
                Map.of(
                        "subscribe",
                        "subscribe",
                        "subscribe:email",
                        unique(),
                        "subscribe:choice",
                        "BULLETINS",
                        "subscribe:submit",
                        "x"));
        assertThat(accepted.body()).contains("Chúng tôi vừa gửi một thư xác nhận");
        assertThat(accepted.headers().allValues("Set-Cookie")).isEmpty();

        var badLink = web.get("/xac-nhan-nhan-tin?ma=khong-hop-le");
        assertThat(badLink.statusCode()).isEqualTo(200);
        assertThat(badLink.body()).contains("Liên kết không hợp lệ");
    }

    private static String token(OutboxMail mail) {
        var matcher = TOKEN.matcher(mail.getBodyText());
        assertThat(matcher.find())
                .as("a link with a token in %s", mail.getBodyText())
                .isTrue();
        return matcher.group(1);
    }

    private static String unique() {
        return "ban.doc." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
