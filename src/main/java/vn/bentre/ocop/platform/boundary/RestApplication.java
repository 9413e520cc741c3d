package vn.bentre.ocop.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources live under {@code /api}; Payara publishes their OpenAPI description at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cổng thông tin OCOP Bến Tre API",
                        version = "1",
                        description =
                                "Published content, course catalogue and open data of the Bến Tre OCOP programme.",
                        contact = @Contact(name = "Văn phòng Điều phối Chương trình OCOP tỉnh")))
public class RestApplication extends Application {}
