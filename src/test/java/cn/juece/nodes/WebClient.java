package cn.juece.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One person's browser: a cookie jar shared by every node (behind the proxy they are one site;
 * here they are 127.0.0.1 on different ports, and cookies do not depend on the port), the CSRF
 * token of the last page it read, redirects not followed so a test sees where it is sent.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String csrfToken;
    private volatile String forwardedFor;

    record Response(int status, String body, Optional<String> location) {

        boolean redirectsTo(String path) {
            return (status == 302 || status == 303) && location.map(l -> l.endsWith(path)).orElse(false);
        }

        /** A redirect to this path with a query, e.g. the portal's receipt {@code ?received=N}. */
        boolean redirectsToWithQuery(String path, String query) {
            return (status == 302 || status == 303)
                    && location.map(l -> l.contains(path + "?" + query)).orElse(false);
        }

        boolean isLoginPage() {
            return body.contains("action=\"/login\"");
        }
    }

    /** The names of the cookies this browser holds. */
    Set<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName)
                .collect(Collectors.toSet());
    }

    /** Sends X-Forwarded-For with every request, as a proxy does, or as anyone on the internet can. */
    WebClient claimingAddress(String address) {
        forwardedFor = address;
        return this;
    }

    /** Logs in through the form as the browser does: the login page for a CSRF token, then the post. */
    WebClient login(NodeProcess node, String user) {
        get(node, "/login");
        Response response = postForm(node, "/login", Map.of("username", user, "password", NodeProcess.PASSWORD));
        if (!response.redirectsTo("/")) {
            throw new IllegalStateException(user + " not logged in on " + node.name() + ": " + response.status()
                    + " " + response.location());
        }
        return this;
    }

    Response get(NodeProcess node, String path) {
        Response response = send(HttpRequest.newBuilder(node.uri(path)).GET());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** A form post carrying the CSRF token of the page read last (the token lives in the session). */
    Response postForm(NodeProcess node, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The engine REST API with HTTP Basic, as a client program calls it (no session, no CSRF). */
    static Response engineRest(NodeProcess node, String user, String method, String path, Object body) {
        try {
            String auth = Base64.getEncoder().encodeToString((user + ":" + NodeProcess.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(node.uri("/engine-rest" + path))
                    .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return new WebClient().send(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            // what a browser accepts: Spring Security answers a client that does not ask for HTML
            // as an API client (a logout then is 204, not the redirect to the login page)
            request.setHeader("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
            if (forwardedFor != null) {
                request.setHeader("X-Forwarded-For", forwardedFor);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
