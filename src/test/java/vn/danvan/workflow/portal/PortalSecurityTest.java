package vn.danvan.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The portal's security chain over HTTP: form login with the same users, CSRF, a new session id at login, the
 * page asked for remembered, security headers; HTTP Basic stays for the API and engine-rest.
 */
class PortalSecurityTest extends ServiceOnH2 {

  @LocalServerPort
  int port;

  @Test
  void pagesNeedALoginAndComeBackToThePageAskedFor() {
    PortalSession browser = new PortalSession(port);
    HttpResponse<String> asked = browser.get("/thong-bao?trang=1");
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap");

    HttpResponse<String> login = browser.get("/dang-nhap");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "name=\"_csrf\"");

    String before = browser.sessionId();
    HttpResponse<String> signedIn = browser.post("/dang-nhap",
        Map.of("username", "commune1", "password", Api.PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/thong-bao?trang=1");
    assertThat(browser.sessionId()).as("session fixation: a new id at login").isNotEqualTo(before);

    HttpResponse<String> home = browser.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Trang của tôi", "Phạm Văn Cán bộ xã Xuân Hồng");
  }

  @Test
  void aWrongPasswordStaysOnTheLoginPage() {
    PortalSession browser = new PortalSession(port);
    browser.get("/dang-nhap");
    HttpResponse<String> refused = browser.post("/dang-nhap", Map.of("username", "propaganda", "password", "sai"));
    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?loi");
    assertThat(browser.get("/dang-nhap?loi").body()).contains("Sai tên đăng nhập hoặc mật khẩu");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void formsWithoutTheirCsrfTokenAreRefused() {
    PortalSession browser = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> forged = browser.postRaw("/dang-xuat", Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);

    HttpResponse<String> logout = browser.post("/dang-xuat", Map.of());
    assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?da-dang-xuat");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void aFormPostedAfterTheSessionExpiredLeadsToTheLoginPage() {
    PortalSession browser = PortalSession.signedIn(port, "commune1");
    browser.get("/");
    String token = browser.csrf();
    browser.forgetSession(); // the server's session is gone: the browser still holds the page and its token
    HttpResponse<String> late = browser.postRaw("/dang-xuat", Map.of("_csrf", token));
    assertThat(late.statusCode()).isEqualTo(302);
    assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?het-han");
    assertThat(browser.get("/dang-nhap?het-han").body()).contains("Phiên làm việc đã hết hạn");
  }

  @Test
  void pagesCarryStrictSecurityHeaders() {
    HttpResponse<String> login = new PortalSession(port).get("/dang-nhap");
    Map<String, String> headers = PortalSession.headers(login);
    assertThat(headers.get("content-security-policy"))
        .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(login.body()).doesNotContain("<script>", "style=\"");
  }

  @Test
  void theApiAndEngineRestKeepHttpBasic() {
    PortalSession browser = new PortalSession(port);
    HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri("/api/me")).GET());
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    HttpResponse<String> engine = browser.send(HttpRequest.newBuilder(browser.uri("/engine-rest/task")).GET());
    assertThat(engine.statusCode()).isEqualTo(401);

    String basic = "Basic " + java.util.Base64.getEncoder()
        .encodeToString(("commune1:" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> me = browser.send(HttpRequest.newBuilder(browser.uri("/api/me"))
        .header("Authorization", basic).GET());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.headers().firstValue("Set-Cookie")).as("the API stays stateless").isEmpty();

    PortalSession signedIn = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> withCookieOnly = signedIn.send(HttpRequest.newBuilder(signedIn.uri("/api/me")).GET());
    assertThat(withCookieOnly.statusCode()).as("the portal's session does not open the API").isEqualTo(401);
  }

  @Test
  void theCamundaWebappsKeepTheirOwnLogin() {
    PortalSession browser = new PortalSession(port);
    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(PortalSession.headers(tasklist).get("x-frame-options")).isEqualTo("SAMEORIGIN");
  }

  @Test
  void unknownPagesAreAVietnamesePageAndTheApiKeepsProblemJson() {
    PortalSession browser = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> missing = browser.get("/khong-co-trang-nay");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(missing.body()).contains("Không tìm thấy trang", "Về Trang của tôi");

    HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri("/api/nothing-here"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("commune1:" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .header("Accept", "text/html,*/*").GET());
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void pagesAreVietnameseWhateverTheBrowserAndEnglishOnRequest() {
    PortalSession browser = new PortalSession(port);
    HttpResponse<String> english = browser.send(HttpRequest.newBuilder(browser.uri("/dang-nhap"))
        .header("Accept-Language", "en-US,en;q=0.9").GET());
    assertThat(english.body()).contains("Tên đăng nhập").contains("lang=\"vi\"");
    assertThat(browser.get("/dang-nhap?lang=en").body()).contains("User name", "lang=\"en\"");
    assertThat(browser.get("/dang-nhap").body()).as("kept for the next pages").contains("User name");
    assertThat(browser.get("/dang-nhap?lang=vi").body()).contains("Tên đăng nhập");
  }
}
