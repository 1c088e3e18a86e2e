package cn.juece.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP against the running test server, for the doors Camunda serves itself (its REST
 * servlet and webapps run outside MockMvc): as an anonymous visitor, with HTTP Basic, or as a
 * browser holding a logged-in session cookie.
 */
final class Http {

    static final String PASSWORD = "test-secret";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final String basicUser;
    private final HttpClient client;

    private Http(int port, String basicUser, HttpClient client) {
        this.port = port;
        this.basicUser = basicUser;
        this.client = client;
    }

    static Http anonymous(int port) {
        return new Http(port, null, HttpClient.newHttpClient());
    }

    static Http basic(int port, String user) {
        return "anonymous".equals(user) ? anonymous(port) : new Http(port, user, HttpClient.newHttpClient());
    }

    /** A browser that signed in through the login form: it sends the session cookie and nothing else. */
    static Http loggedInBrowser(int port, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Http browser = new Http(port, null, client);
        String form = browser.send("GET", "/login", null, null).body();
        Matcher token = CSRF_FIELD.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        String credentials = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = browser.send("POST", "/login", credentials, "application/x-www-form-urlencoded");
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode());
        }
        return browser;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, "application/json");
    }

    HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
