package vn.bentre.ocop.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that fills in the portal's forms as a browser would: it sends back the view state
 * and CSP nonce of the page it last read, and names the portal as the request's Origin.
 */
public class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String origin;

    public WebClient(URI base) {
        this.base = base;
        this.origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET that follows redirects within the portal, as a browser does. */
    public HttpResponse<String> browse(String path) throws IOException, InterruptedException {
        return follow(get(path));
    }

    /** Follows the redirects of a response with GETs, as a browser does after a form. */
    public HttpResponse<String> follow(HttpResponse<String> first) throws IOException, InterruptedException {
        var response = first;
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(
                    HttpRequest.newBuilder(response.uri().resolve(location)).GET());
        }
        return response;
    }

    /** Submits the form of {@code page} (its HTML) with these fields, including its view state and nonce. */
    public HttpResponse<String> submit(String path, String page, Map<String, String> fields)
            throws IOException, InterruptedException {
        var all = new LinkedHashMap<>(fields);
        find(VIEW_STATE, page).ifPresent(v -> all.put("jakarta.faces.ViewState", v));
        find(NONCE, page).ifPresent(v -> all.put("primefaces.nonce", v));
        return post(path, all);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login page; returns the response that follows the redirect. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        var page = browse("/dang-nhap").body();
        var response = submit(
                "/dang-nhap",
                page,
                Map.of("login", "login", "login:email", email, "login:password", password, "login:submit", "x"));
        return follow(response);
    }

    /** DELETE, as a REST client sends it. */
    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Origin", origin).DELETE());
    }

    /** POSTs raw bytes (for test endpoints that take a file as the request body). */
    public HttpResponse<String> postBytes(String path, byte[] bytes) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/octet-stream")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** GET of a binary resource (a served file). */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public void pretendOrigin(String otherOrigin) {
        this.origin = otherOrigin;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void setCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** Sends a request built by the test (extra headers), with this client's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Optional<String> find(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
