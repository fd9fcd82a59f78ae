package vn.danvan.workflow.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;
import static vn.danvan.workflow.support.PortalBrowser.menu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalBrowser;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The reviewing bodies' work in the portal, in Debian's Chromium, by the demo users the processes assign: a
 * registration returned once with all that is missing, revised with a new file and approved (issue 14); the yearly
 * self-assessment with its evidence, adjusted by the board (issue 15); the recognition lists drawn from the
 * process's variables; the reward decision. Every page passes axe-core and logs no console error. Steps that are
 * not under test are driven through the API.
 */
@ExtendWith(Chromium.class)
abstract class ReviewJourneyContract extends ServiceOnH2 {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;

  /** A redraw or a completion may take a while on a busy build machine; the assertions wait that long. */
  @BeforeEach
  void patient() {
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
  }

  @AfterEach
  void asUsual() {
    PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
  }

  /**
   * The desktop only: the walk takes minutes and the build has fifteen. The same pages at 390 px (the task page with
   * its form and diagram, the model page, "Công việc", "Thông báo") are walked by {@code PortalJourneyH2Test},
   * {@code TaskListJourneyH2Test} and the other journeys at both screens.
   */
  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }

  @ParameterizedTest
  @MethodSource("screens")
  void aReturnedRegistrationIsRevisedWithAFileResubmittedAndApproved(Screen screen) {
    String name = "Sân chơi cho trẻ em " + (screen == Screen.DESKTOP ? "thôn Hạ" : "thôn Thượng");
    long id = register(name, 2026);
    try (Official reviewer = new Official("reviewer", screen)) {
      Page review = reviewer.page;
      openFromTaskList(review, screen, name, "Thẩm định hồ sơ đăng ký", "cong-viec-tim-kiem");
      String taskUrl = review.url();

      // the head of the board opens it too; the reviewer claims first; the head is told who and when
      try (Official head = new Official("head", screen)) {
        head.page.navigate(taskUrl);
        claim(review);
        head.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận việc")).click();
        assertThat(head.page.getByRole(AriaRole.ALERT))
            .hasText("Việc này đã được Trần Thị Thẩm định nhận lúc 10:00 ngày 20/11/2026.");
        assertThat(head.page.getByText("Đang do Trần Thị Thẩm định xử lý")).isVisible();
        head.expectedError("409");
        checked(head.page, "viec-da-co-nguoi-nhan", screen, false);
      }

      // return once, with the full list of what is missing
      review.getByLabel("Trả lại để bổ sung").check();
      Locator missing = review.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
          .setName("Nội dung còn thiếu (chọn tất cả)"));
      assertThat(missing).isVisible();
      missing.getByLabel("Thiếu nguồn lực thực hiện").check();
      missing.getByLabel("Thiếu xác nhận của cấp ủy, chính quyền").check();
      review.getByLabel("Thiếu khác / hướng dẫn bổ sung").fill("Gửi kèm ảnh khu đất dự kiến làm sân chơi");
      review.getByLabel("Ý kiến thẩm định").fill("Cách làm hay, cần bổ sung nguồn lực");
      assertThat(review.getByLabel("Lý do không chấp nhận")).isHidden();
      settled(review);
      // the process's diagram: this step named in words and in the picture's name; on a phone it scrolls in its
      // own region and the page stays as wide as the screen
      Locator diagram = review.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
          .setName(Pattern.compile("^Sơ đồ quy trình Đăng ký mô hình")));
      assertThat(diagram.getByRole(AriaRole.IMG)).hasAttribute("aria-label",
          Pattern.compile("bước hiện tại: Thẩm định hồ sơ đăng ký$"));
      assertThat(review.locator(".diagram-steps")).hasText(
          Pattern.compile("Thẩm định hồ sơ đăng ký\\s+\\(việc này\\)"));
      Assertions.assertThat(review.evaluate(
          "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
      checked(review, "viec-tham-dinh", screen, true);
      complete(review);
      assertThat(review.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
      assertThat(review.getByText("Hồ sơ được trả lại để bổ sung")).isVisible();

      reviseAsTheUnit(screen, name);

      // the board approves in the portal: registered
      openFromTaskList(review, screen, name, "Thẩm định hồ sơ đăng ký");
      claim(review);
      assertThat(review.getByText("Hồ sơ đã được trả lại một lần")).isVisible();
      review.getByLabel("Đồng ý đăng ký").check();
      complete(review);
      assertThat(heading(review, name)).isVisible();
      assertThat(review.getByText("Đã đăng ký").first()).isVisible();
      assertThat(review.locator("ol.timeline > li").nth(3)).containsText("Chấp thuận");
      Assertions.assertThat(Api.as(rest, "commune1").get("/api/models/" + id).getBody())
          .containsEntry("status", "REGISTERED");
    }
  }

  /** The unit: the notification, what is missing, the revision with a file, sent again. */
  private void reviseAsTheUnit(Screen screen, String name) {
    try (Official commune = new Official("commune1", screen)) {
      Page page = commune.page;
      // the unread badge, the notification, read, and its link to the revision task
      menu(page, screen);
      Locator nav = page.locator("#portal-nav");
      assertThat(nav.locator("#unread-badge")).isVisible();
      nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thông báo")).click();
      Locator notice = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(name));
      assertThat(notice).hasCount(1);
      assertThat(notice).containsText("Trả lại hồ sơ");
      assertThat(notice).containsText("Thiếu nguồn lực thực hiện");
      assertThat(notice.locator("time")).hasText("20/11/2026 10:00");
      notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đánh dấu đã đọc")).click();
      assertThat(notice).containsText("đã đọc 20/11/2026 10:00");
      checked(page, "thong-bao", screen, false);
      notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mở việc")).click();
      assertThat(heading(page, "Bổ sung, hoàn thiện hồ sơ")).isVisible();

      // the model page says all that is missing, at once
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem trang mô hình")).click();
      assertThat(heading(page, name)).isVisible();
      Locator returned = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
          .setHasText("Hồ sơ được trả lại để bổ sung"));
      assertThat(returned).containsText("Thiếu nguồn lực thực hiện");
      assertThat(returned).containsText("Thiếu xác nhận của cấp ủy, chính quyền");
      assertThat(returned).containsText("Gửi kèm ảnh khu đất dự kiến làm sân chơi");
      checked(page, "mo-hinh-tra-lai", screen, false);

      // the revision task from "Công việc", the unit's view searched by name ("Trang của tôi" lists the 20
      // earliest due, and the suites' shared database holds more): the dossier's fields, a file, sent again
      openFromTaskList(page, screen, name, "Bổ sung, hoàn thiện hồ sơ");
      claim(page);
      assertThat(page.getByLabel("Nội dung cần bổ sung")).hasValue(Pattern.compile("Thiếu nguồn lực thực hiện"));
      assertThat(page.getByLabel("Ý kiến của người thẩm định")).hasValue("Cách làm hay, cần bổ sung nguồn lực");
      page.getByLabel("Nguồn lực (kinh phí, cơ sở vật chất, ngày công, xã hội hóa)")
          .fill("Quỹ thôn 30 triệu đồng; Đoàn Thanh niên 200 ngày công");
      page.getByLabel("Giải trình những nội dung đã bổ sung").fill("Đã bổ sung nguồn lực và xác nhận của Đảng ủy");
      upload(page, new FilePayload("xac-nhan-dang-uy.pdf", "application/pdf", PDF), "Biên bản họp");
      settled(page);
      checked(page, "viec-bo-sung", screen, false);
      complete(page);

      // back to "Chờ thẩm định", with the new text, the file and who did what, when and why
      assertThat(heading(page, name)).isVisible();
      assertThat(page.getByText("Chờ thẩm định").first()).isVisible();
      assertThat(page.getByText("Quỹ thôn 30 triệu đồng; Đoàn Thanh niên 200 ngày công")).isVisible();
      assertThat(page.locator("#evidence")).containsText("xac-nhan-dang-uy.pdf");
      Locator timeline = page.locator("ol.timeline > li");
      assertThat(timeline).hasCount(3);
      assertThat(timeline.nth(1)).containsText("Trả lại để bổ sung");
      assertThat(timeline.nth(1)).containsText("Trần Thị Thẩm định · 20/11/2026 10:00");
      assertThat(timeline.nth(1)).containsText("Thiếu nguồn lực thực hiện");
      assertThat(timeline.nth(2)).containsText("Đã bổ sung, gửi lại");
      assertThat(timeline.nth(2)).containsText("Phạm Văn Cán bộ xã Xuân Hồng · 20/11/2026 10:00");
      assertThat(timeline.nth(2)).containsText("Đã bổ sung nguồn lực và xác nhận của Đảng ủy");
      checked(page, "mo-hinh-gui-lai", screen, false);
    }
  }

  /**
   * Issue 15 and the recognition and reward that follow, each step by the user the demo data assigns. On the phone
   * only the self-assessment, the board's adjustment and the model's results are in the browser, the recognition
   * and the reward through the API (the desktop takes them in the portal), to keep the suite's time down.
   */
  @ParameterizedTest
  @MethodSource("screens")
  void aRegisteredModelIsSelfAssessedAdjustedRecognisedAndRewarded(Screen screen) {
    // a campaign evaluates every active model of its year and before, so each screen takes a year no other test
    // registers in (the earliest the API accepts), the phone's (run second) before the desktop's
    int year = screen == Screen.DESKTOP ? 2001 : 2000;
    String name = "Chi hội phụ nữ giúp nhau làm kinh tế " + (screen == Screen.DESKTOP ? "thôn Đông" : "thôn Tây");
    long id = register(name, year);
    completeThroughApi("reviewer", task(id, "reviewer", "Task_ReviewRegistration"), "APPROVE", Map.of());
    ResponseEntity<Map<String, Object>> campaign = Api.as(rest, "admin").post("/api/campaigns", Map.of("year", year));
    Assertions.assertThat(campaign.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Assertions.assertThat(campaign.getBody()).as("only this test's model is in the %s campaign", year)
        .containsEntry("modelCount", 1);
    String campaignInstance = (String) campaign.getBody().get("processInstanceId");
    String round = "năm " + year; // the round's tasks are named by its year

    try (Official commune = new Official("commune1", screen)) {
      // the unit self-assesses (from "Công việc", as above): scores within the form's bounds, a photo as evidence
      Page unit = commune.page;
      openFromTaskList(unit, screen, name, "Tự đánh giá, kèm minh chứng");
      claim(unit);
      upload(unit, new FilePayload("anh-hop-chi-hoi.png", "image/png", PNG), "Hình ảnh");
      // the form's own link to the evidence leads to a page, not to the API
      unit.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("danh sách minh chứng")).click();
      assertThat(unit.locator("#evidence")).containsText("anh-hop-chi-hoi.png");
      unit.goBack();
      unit.getByLabel("1. Tính mới, sáng tạo, phù hợp thực tiễn").fill("9");
      unit.getByLabel("2. Hiệu quả kinh tế - xã hội; số người dân tham gia, hưởng lợi").fill("9");
      unit.getByLabel("3. Sự đồng thuận, hài lòng của Nhân dân").fill("10");
      unit.getByLabel("4. Tính bền vững, khả năng nhân rộng").fill("9");
      unit.getByLabel("Kết quả nổi bật và minh chứng đã đính kèm").fill("45 hội viên vay vốn, 30 hộ thoát nghèo");
      settled(unit);
      checked(unit, "tu-danh-gia", screen, true);
      // a score above the form's maximum is refused beside its field, the other values kept
      unit.getByLabel("1. Tính mới, sáng tạo, phù hợp thực tiễn").fill("11");
      complete(unit);
      assertThat(unit.locator("#f-creativity-error")).containsText("10");
      commune.expectedError("422");
      assertThat(unit.getByLabel("3. Sự đồng thuận, hài lòng của Nhân dân")).hasValue("10");
      assertThat(unit.locator("#evidence")).containsText("anh-hop-chi-hoi.png");
      unit.getByLabel("1. Tính mới, sáng tạo, phù hợp thực tiễn").fill("9");
      complete(unit);
      assertThat(heading(unit, name)).isVisible();
      assertThat(unit.locator("#evidence")).containsText("anh-hop-chi-hoi.png");

      try (Official reviewer = new Official("reviewer", screen)) {
        // the board reads the unit's scores and accepts with its own
        Page page = reviewer.page;
        openFromTaskList(page, screen, name, "Thẩm định, điều chỉnh điểm");
        claim(page);
        Locator self = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Đơn vị tự chấm"));
        assertThat(self.getByLabel("3. Sự đồng thuận, hài lòng của Nhân dân")).hasValue("10");
        assertThat(self.getByLabel("Kết quả nổi bật, minh chứng")).hasValue("45 hội viên vay vốn, 30 hộ thoát nghèo");
        page.getByLabel("Chấp nhận, chấm điểm").check();
        Locator scores = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
            .setName("Điểm sau thẩm định (thang 10)"));
        assertThat(scores).isVisible();
        scores.getByLabel("1. Tính mới, sáng tạo, phù hợp thực tiễn").fill("10");
        scores.getByLabel("2. Hiệu quả kinh tế - xã hội; số người dân tham gia, hưởng lợi").fill("9");
        scores.getByLabel("3. Sự đồng thuận, hài lòng của Nhân dân").fill("10");
        scores.getByLabel("4. Tính bền vững, khả năng nhân rộng").fill("9");
        scores.getByLabel("Điểm cộng của cấp trên (0 - 10)").fill("8");
        scores.getByLabel("Lý do điều chỉnh, nhận xét").fill("Cách làm mới, được hội viên đồng tình");
        settled(page);
        checked(page, "viec-dieu-chinh-diem", screen, false);
        complete(page);
        assertThat(heading(page, name)).isVisible();
        assertThat(page.getByText("Xếp loại năm " + year + ": Xuất sắc (93 điểm)")).isVisible();

        runJobs(campaignInstance); // the evaluations meet; the recognition round opens
        if (screen == Screen.DESKTOP) {
          // the board proposes from the round's candidates (options from the process's variables)
          openFromTaskList(page, screen, round, "Đề nghị danh sách công nhận");
          claim(page);
          page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                  .setName("Mô hình, điển hình đề nghị công nhận (xếp loại đủ điều kiện)"))
              .getByLabel(name, new Locator.GetByLabelOptions().setExact(false)).check();
          page.getByLabel("Biên bản họp số").fill("03/BB-BCĐ");
          page.getByLabel("Ngày họp").fill(year + "-12-10");
          settled(page);
          checked(page, "viec-de-nghi-cong-nhan", screen, false);
          complete(page);
        }
      }
      if (screen == Screen.DESKTOP) {
        recogniseInThePortal(screen, name, round, year);
      } else {
        String modelId = String.valueOf(id);
        completeThroughApi("reviewer", roundTask("reviewer", "Đề nghị danh sách công nhận", round), null, Map.of(
            "proposedModels", List.of(modelId), "minutesNumber", "03/BB-BCĐ", "minutesDate", year + "-12-10"));
        completeThroughApi("standing", roundTask("standing", "Xét, quyết định công nhận", round), "APPROVE",
            Map.of("recognisedModels", List.of(modelId), "decisionNumber", "125-QĐ/HU",
                "decisionDate", year + "-12-20", "signer", "Phạm Minh Tuấn"));
        completeThroughApi("standing", roundTask("standing", "Lựa chọn mô hình tiêu biểu", round), null,
            Map.of("outstandingModels", List.of(modelId)));
      }
      runJobs(campaignInstance);

      // the dossier and the council's proposal through the API; the chair decides in the portal
      upload("commune1", id, "PROPOSAL_LETTER", "to-trinh.pdf");
      upload("commune1", id, "ACHIEVEMENT_REPORT", "bao-cao-thanh-tich.pdf");
      upload("commune1", id, "MINUTES", "bien-ban-xet.pdf");
      completeThroughApi("commune1", task(id, "commune1", "Task_PrepareRewardDossier"), null,
          Map.of("letterNumber", "15/TTr-UBND", "achievements", "45 hội viên vay vốn, 30 hộ thoát nghèo"));
      completeThroughApi("council", task(id, "council", "Task_ReviewRewardDossier"), "APPROVE",
          Map.of("rewardForm", "GIAY_KHEN", "councilNote", "Nhất trí 7/7"));
      if (screen == Screen.DESKTOP) {
        decideTheReward(screen, name, year);
      } else {
        completeThroughApi("chair", task(id, "chair", "Task_DecideReward"), "GRANT", Map.of("decisionNumber",
            "2345/QĐ-UBND", "decisionDate", (year + 1) + "-01-12", "signer", "Nguyễn Văn Chủ tịch"));
      }

      // the unit reads its model's results with their decisions
      unit.navigate(url("/mo-hinh/" + id));
      assertThat(heading(unit, name)).isVisible();
      assertThat(unit.getByText("Đã khen thưởng").first()).isVisible();
      Locator results = unit.locator("section").filter(new Locator.FilterOptions().setHas(unit.getByRole(
          AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đánh giá, công nhận, khen thưởng"))));
      assertThat(results).containsText("Xếp loại năm " + year + ": Xuất sắc (93 điểm)");
      assertThat(results).containsText("Công nhận năm " + year + " · tiêu biểu");
      assertThat(results).containsText("125-QĐ/HU");
      assertThat(results).containsText("20/12/" + year);
      assertThat(results).containsText("Giấy khen của Chủ tịch UBND huyện");
      assertThat(results).containsText("2345/QĐ-UBND");
      assertThat(results).containsText("12/01/" + (year + 1));
      checked(unit, "mo-hinh-khen-thuong", screen, false);
    }
    Assertions.assertThat(Api.as(rest, "commune1").get("/api/models/" + id).getBody())
        .containsEntry("status", "REWARDED");
  }

  /** The Standing Committee recognises what was proposed (options from the proposal) and picks the outstanding. */
  private void recogniseInThePortal(Screen screen, String name, String round, int year) {
    try (Official standing = new Official("standing", screen)) {
      // the Standing Committee recognises what was proposed (options from the proposal)
      Page page = standing.page;
      openFromTaskList(page, screen, round, "Xét, quyết định công nhận");
      claim(page);
      assertThat(page.getByText(name).first()).isVisible();
      page.getByLabel("Công nhận", new Page.GetByLabelOptions().setExact(true)).check();
      Locator recognised = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
          .setName("Mô hình, điển hình được công nhận"));
      assertThat(recognised).isVisible();
      recognised.getByLabel(name, new Locator.GetByLabelOptions().setExact(false)).check();
      page.getByLabel("Quyết định số").fill("125-QĐ/HU");
      page.getByLabel("Ngày ký").fill(year + "-12-20");
      page.getByLabel("Người ký").fill("Phạm Minh Tuấn");
      settled(page);
      checked(page, "viec-cong-nhan", screen, false);
      complete(page);

      // ... then picks the outstanding ones among those recognised
      openFromTaskList(page, screen, round, "Lựa chọn mô hình tiêu biểu");
      claim(page);
      page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Mô hình, điển hình tiêu biểu"))
          .getByLabel(name, new Locator.GetByLabelOptions().setExact(false)).check();
      settled(page);
      checked(page, "viec-chon-tieu-bieu", screen, false);
      complete(page);
    }
  }

  /** The chair grants the Giấy khen in the portal, then is back on his task list (the model was his only then). */
  private void decideTheReward(Screen screen, String name, int year) {
    try (Official chair = new Official("chair", screen)) {
      Page page = chair.page;
      openFromTaskList(page, screen, name, "Quyết định khen thưởng");
      claim(page);
      assertThat(page.getByLabel("Ý kiến của Hội đồng")).hasValue("Nhất trí 7/7");
      page.getByLabel("Khen thưởng", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("Quyết định số").fill("2345/QĐ-UBND");
      page.getByLabel("Ngày ký").fill((year + 1) + "-01-12");
      page.getByLabel("Người ký").fill("Nguyễn Văn Chủ tịch");
      settled(page);
      checked(page, "viec-quyet-dinh-khen-thuong", screen, false);
      complete(page);
      assertThat(heading(page, "Công việc")).isVisible();
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã hoàn thành việc “Quyết định khen thưởng”.");
    }
  }

  // --- the people at their screens

  /** One signed-in person in a browser window of their own; no console error may be left when it closes. */
  final class Official implements AutoCloseable {
    final BrowserContext window;
    final Page page;
    final List<String> consoleErrors;

    Official(String user, Screen screen) {
      window = Chromium.open(screen);
      page = window.newPage();
      consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), user);
    }

    /** The browser logs an answer's status (a 409, a 422) as an error: that one was meant. */
    void expectedError(String status) {
      consoleErrors.removeIf(error -> error.contains("status of " + status));
    }

    @Override
    public void close() {
      try {
        Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
      } finally {
        window.close();
      }
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  static Locator heading(Page page, String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
  }

  /** "Công việc", the unit's view, searched by the model's name; then the step's link in its row. */
  static void openFromTaskList(Page page, Screen screen, String search, String step) {
    openFromTaskList(page, screen, search, step, null);
  }

  /** ... and the list found is checked as {@code checkedAs} when that is given. */
  static void openFromTaskList(Page page, Screen screen, String search, String step, String checkedAs) {
    menu(page, screen);
    page.locator("#portal-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Công việc")).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Việc của đơn vị"))).click();
    page.getByLabel("Tìm theo tên").fill(search);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Áp dụng")).click();
    Locator found = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(search));
    assertThat(found).hasCount(1);
    if (checkedAs != null) {
      assertThat(page.getByLabel("Tìm theo tên")).hasValue(search);
      checked(page, checkedAs, screen, false);
    }
    found.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(step)).click();
    assertThat(heading(page, step)).isVisible();
  }

  /**
   * The field being typed in loses the focus and the form's redraw (htmx, hide conditions) is waited for: axe-core
   * leaves empty style attributes behind, which a redraw arriving after it would copy (a CSP report).
   */
  static void settled(Page page) {
    settle(page);
    page.evaluate("() => window.scrollTo(0, 0)"); // the page as it opens, for the screenshot
  }

  private static void settle(Page page) {
    page.evaluate("() => new Promise(resolve => {"
        + " let asked = false;"
        + " document.addEventListener('htmx:beforeRequest', () => { asked = true; }, {once: true});"
        + " document.addEventListener('htmx:afterSettle', () => resolve(true), {once: true});"
        + " if (document.activeElement) { document.activeElement.blur(); }"
        + " setTimeout(() => { if (!asked) { resolve(false); } }, 0); })");
  }

  /** Claims the task; the page is used once its scripts have run (htmx redraws the form on a choice). */
  static void claim(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận việc")).click();
    assertThat(page.getByText("Bạn đã nhận việc này.")).isVisible();
    page.waitForLoadState(LoadState.LOAD);
  }

  static void complete(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành")).click();
  }

  /** A file added on the task page, beside the form; the list shows it without leaving the page. */
  static void upload(Page page, FilePayload file, String kind) {
    page.getByLabel("Thêm tệp minh chứng").setInputFiles(file);
    page.getByLabel("Loại tài liệu").selectOption(new SelectOption().setLabel(kind));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    assertThat(page.locator("#evidence").getByRole(AriaRole.LISTITEM)
        .filter(new Locator.FilterOptions().setHasText(file.name))).containsText("· " + kind + " ·");
  }

  // --- what is not under test, through the API

  long register(String name, int year) {
    Map<String, Object> registration = Api.registration("xa-xuan-hong", name);
    registration.put("year", year);
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1").post("/api/models", registration);
    Assertions.assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  String task(long modelId, String user, String step) {
    List<Map<String, Object>> open = (List<Map<String, Object>>) Api.as(rest, user).get("/api/models/" + modelId)
        .getBody().get("openTasks");
    return open.stream().filter(t -> step.equals(t.get("step"))).map(t -> (String) t.get("id")).findFirst()
        .orElseThrow(() -> new AssertionError(step + " is not open on model " + modelId + ": " + open));
  }

  /** A recognition round's open task of that step, found by the round's name (its tasks belong to no model). */
  @SuppressWarnings("unchecked")
  String roundTask(String user, String step, String round) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) Api.as(rest, user)
        .get("/api/tasks?scope=todo&processKey=model-recognition&size=200").getBody().get("content");
    return rows.stream().filter(t -> step.equals(t.get("name")) && String.valueOf(t.get("modelName")).endsWith(round))
        .map(t -> (String) t.get("id")).findFirst()
        .orElseThrow(() -> new AssertionError(step + " of the round " + round + " is not open: " + rows));
  }

  void completeThroughApi(String user, String taskId, String decision, Map<String, Object> variables) {
    Api api = Api.as(rest, user);
    Assertions.assertThat(api.post("/api/tasks/" + taskId + "/claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("variables", variables);
    if (decision != null) {
      body.put("decision", decision);
    }
    ResponseEntity<Map<String, Object>> done = api.post("/api/tasks/" + taskId + "/complete", body);
    Assertions.assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskId, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  void upload(String user, long modelId, String kind, String fileName) {
    Assertions.assertThat(Api.as(rest, user).upload("/api/models/" + modelId + "/evidence", fileName, PDF,
        Map.of("stage", "REWARD", "kind", kind)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /** The campaign's waiting jobs and those of the processes it called, until none is left (the job runner is off). */
  void runJobs(String campaignInstance) {
    for (int round = 0; round < 20; round++) {
      List<String> instances = new ArrayList<>();
      collect(campaignInstance, instances);
      List<Job> jobs = management.createJobQuery().executable().messages().list().stream()
          .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("the campaign's jobs keep coming");
  }

  private void collect(String instance, List<String> into) {
    into.add(instance);
    for (ProcessInstance called : runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list()) {
      collect(called.getId(), into);
    }
  }
}
