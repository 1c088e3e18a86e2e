package cn.juece.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's part over real HTTP: signs in through the login form, then fetches pages in its session. */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageClient(String base) {
        this.base = base;
    }

    static PageClient signedIn(int port, String user, String password) {
        PageClient client = new PageClient("http://127.0.0.1:" + port);
        String login = client.get("/login").body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(client.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(user + " could not sign in: " + answer.statusCode() + " " + location);
        }
        return client;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Fetches the page and returns the milliseconds until its whole body arrived; refuses anything but 200. */
    double timed(String path) {
        long start = System.nanoTime();
        HttpResponse<String> page = get(path);
        double millis = (System.nanoTime() - start) / 1e6;
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return millis;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
