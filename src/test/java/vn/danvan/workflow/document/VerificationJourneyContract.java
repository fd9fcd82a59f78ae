package vn.danvan.workflow.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.reward.RewardProposalRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalBrowser;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * A certificate from the official's portal to a citizen's phone, in Debian's Chromium: the official finds the
 * model's "Giấy chứng nhận / Quyết định"; the QR code printed on the certificate (read back from the PDF with ZXing)
 * opens the public verification page with no login, which says "Hợp lệ"; the PDF the citizen holds matches, and a
 * copy with one byte changed does not. Every page passes axe-core, without a console error.
 */
@ExtendWith(Chromium.class)
abstract class VerificationJourneyContract extends ServiceOnH2 {

  /**
   * A certificate's QR code is scanned with a phone: the verification page at 390 px here, at the desktop in the
   * PostgreSQL suite (which hides this). The build's fifteen minutes do not hold both screens of every journey.
   */
  static java.util.stream.Stream<Screen> qrScreens() {
    return java.util.stream.Stream.of(Screen.PHONE);
  }

  /** An administrator revokes at a desk; the decision page's tables at 390 px are the model list's cards. */
  static java.util.stream.Stream<Screen> decisionScreens() {
    return java.util.stream.Stream.of(Screen.DESKTOP);
  }

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ModelRepository models;
  @Autowired
  RecognitionRoundRepository rounds;
  @Autowired
  RecognitionCandidateRepository candidates;
  @Autowired
  RewardProposalRepository proposals;
  @Autowired
  AuthorityRepository authorities;

  DocumentFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new DocumentFixtures(models, rounds, candidates, proposals, authorities);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest
  @MethodSource("qrScreens")
  void theQrCodeOfACertificateOpensItsVerificationPageWhichSaysValid(Screen screen) throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("hành trình " + screen);

    // the official: the model page leads to its decisions and certificates
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), "commune1");
      page.navigate(url("/mo-hinh/" + decided.hong()));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giấy chứng nhận / Quyết định")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
          .setName("Giấy chứng nhận và quyết định"))).isVisible();
      assertThat(page.getByText("Giấy chứng nhận “Dân vận khéo” cấp huyện")).isVisible();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
          .setName(java.util.regex.Pattern.compile("^Tải PDF: Giấy chứng nhận")))).isVisible();
      checked(page, "van-ban-mo-hinh", screen, false);
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }

    // the certificate as the unit prints it; its QR code is the address anyone scans
    byte[] certificate = Api.as(rest, "commune1").download("/api/documents/recognition-rounds/" + decided.roundId()
        + "/models/" + decided.hong() + "/certificate.pdf").getBody();
    List<String> scanned = PdfPages.qrCodes(certificate, 0);
    Assertions.assertThat(scanned).hasSize(1);
    URI address = URI.create(scanned.get(0));
    Assertions.assertThat(address.getPath()).matches("/xac-thuc/[a-z2-7]{26}");

    // the citizen: no account, a fresh browser
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      page.navigate(url(address.getPath()));
      assertThat(page).hasURL(url(address.getPath()));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hợp lệ").setExact(true)))
          .isVisible();
      assertThat(page.getByText(decided.hongName())).isVisible();
      assertThat(page.getByText("Giấy chứng nhận", new Page.GetByTextOptions().setExact(true))).isVisible();
      checked(page, "xac-thuc", screen, false);

      page.getByLabel("Đối chiếu tệp PDF bạn đang giữ").setInputFiles(
          new FilePayload("giay-chung-nhan.pdf", "application/pdf", certificate));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đối chiếu").setExact(true)).click();
      assertThat(page.getByText("Tệp bạn gửi trùng khớp từng byte với bản đã phát hành.")).isVisible();

      byte[] changed = certificate.clone();
      changed[changed.length / 2] ^= 0x01;
      page.getByLabel("Đối chiếu tệp PDF bạn đang giữ").setInputFiles(
          new FilePayload("giay-chung-nhan.pdf", "application/pdf", changed));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đối chiếu").setExact(true)).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Không hợp lệ"))).isVisible();
      assertThat(page.getByText("KHÔNG trùng khớp")).isVisible();
      checked(page, "xac-thuc-khong-khop", screen, false);

      // a code typed by hand that no document has
      page.getByLabel("Mã xác thực").fill("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra").setExact(true)).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Không tìm thấy văn bản")))
          .isVisible();
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("decisionScreens")
  void theModelPageLeadsToItsDecisionsPageWhereAnAdministratorRevokesTheGiayKhen(Screen screen) {
    DocumentFixtures.Decided decided = fixtures.decided("trang quyết định " + screen);
    Api.as(rest, "commune1").download("/api/documents/reward-proposals/" + decided.proposalId() + "/certificate.pdf");
    String decisionPage = "/quyet-dinh/khen-thuong/" + decided.proposalId();

    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), "commune1");
      page.navigate(url("/mo-hinh/" + decided.hong()));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
          .setName(java.util.regex.Pattern.compile("^Xem quyết định số \\d+\\/QĐ-UBND"))).click();
      assertThat(page).hasURL(url(decisionPage));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
          java.util.regex.Pattern.compile("^Quyết định số \\d+\\/QĐ-UBND"));
      assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(decided.hongName()))).isVisible();
      assertThat(page.getByText("Thu hồi văn bản")).hasCount(0);
      checked(page, "quyet-dinh", screen, false);
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }

    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), "admin");
      page.navigate(url(decisionPage));
      page.getByText("Thu hồi văn bản").click();
      page.getByLabel("Lý do thu hồi (bắt buộc)").fill("Cấp nhầm đơn vị");
      checked(page, "quyet-dinh-thu-hoi", screen, false);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thu hồi").setExact(true)).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thu hồi: Giấy khen");
      assertThat(page.getByText("Lý do: Cấp nhầm đơn vị")).isVisible();
      checked(page, "quyet-dinh-da-thu-hoi", screen, false);
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }
}
