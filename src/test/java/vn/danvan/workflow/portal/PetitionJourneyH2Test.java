package vn.danvan.workflow.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.portal.ReviewJourneyContract.claim;
import static vn.danvan.workflow.portal.ReviewJourneyContract.complete;
import static vn.danvan.workflow.portal.ReviewJourneyContract.openFromTaskList;
import static vn.danvan.workflow.support.PortalBrowser.checked;
import static vn.danvan.workflow.support.PortalBrowser.login;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Issue 20 in Debian's Chromium: a citizen files a kiến nghị on the public form without a login and keeps the
 * tracking code; the commune's officer sorts it and answers it in the portal; the citizen's status page then says
 * "Đã giải quyết", and never shows the citizen's name. Every page passes axe-core.
 */
@ExtendWith(Chromium.class)
class PetitionJourneyH2Test extends ServiceOnH2 {

  /** Citizens file and follow on their phones; the officer works at a desk. */
  private static final Screen CITIZEN = Screen.PHONE;
  private static final Screen OFFICER = Screen.DESKTOP;

  @LocalServerPort
  int port;

  @Test
  void aCitizenFilesOnlineAnOfficerAnswersInThePortalAndTheCitizenSeesItSettled() {
    // the public form's rate limit counts per client and hour of the service's clock: an hour no other suite uses
    VietnamClock.set("2026-12-14T09:00");
    String subject = "Đèn đường xóm Hạ hỏng đã ba tháng";
    String code;
    try (BrowserContext window = Chromium.open(CITIZEN)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      page.navigate(url("/phan-anh-kien-nghi"));
      page.getByLabel("Kiến nghị", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("Gửi đến").selectOption(new SelectOption().setLabel("Xã Xuân Hồng"));
      page.getByLabel("Họ và tên").fill("Trần Văn Công Dân");
      page.getByLabel("Điện thoại hoặc thư điện tử").fill("0912 345 678");
      page.getByLabel("Tiêu đề").fill(subject);
      page.getByLabel("Nội dung").fill("Đề nghị xã sửa đèn đường đoạn từ nhà văn hóa đến trường tiểu học.");
      Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
          .as("the form does not scroll sideways on a phone").isLessThanOrEqualTo(CITIZEN.width);
      checked(page, "gui-phan-anh", CITIZEN, false);
      VietnamClock.set("2026-12-14T09:05"); // five minutes to write it: longer than the form's minimum fill time
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đơn")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đã gửi đơn"))).isVisible();
      code = page.locator("#tracking-code").textContent().strip();
      Assertions.assertThat(code).hasSizeGreaterThanOrEqualTo(10);
      checked(page, "da-gui-don", CITIZEN, false);
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }

    try (BrowserContext window = Chromium.open(OFFICER)) {
      Page page = window.newPage();
      login(page, url(""), "commune1");
      openFromTaskList(page, OFFICER, code, "Phân loại, quyết định xử lý đơn");
      claim(page);
      page.getByLabel("Giao phòng ban xử lý").check();
      page.getByLabel("Phòng ban, đơn vị được giao giải quyết").selectOption(new SelectOption()
          .setLabel("Xã Xuân Hồng"));
      checked(page, "viec-phan-loai-don", OFFICER, false);
      complete(page);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Phân loại, quyết định xử lý đơn")
          .setLevel(1))).isHidden();

      openFromTaskList(page, OFFICER, code, "Xem xét, trả lời kiến nghị, phản ánh");
      claim(page);
      page.getByLabel("Nội dung trả lời").fill("Xã đã thay bóng đèn và kiểm tra cả tuyến ngày 14/12/2026.");
      complete(page);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
          .setName("Xem xét, trả lời kiến nghị, phản ánh").setLevel(1))).isHidden();
    }

    try (BrowserContext window = Chromium.open(CITIZEN)) {
      Page page = window.newPage();
      page.navigate(url("/tra-cuu-phan-anh"));
      page.getByLabel("Mã hồ sơ").fill(code);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
      assertThat(page.locator("main")).containsText("Đã giải quyết");
      assertThat(page.locator("main")).containsText(code);
      assertThat(page.locator("main")).not().containsText("Trần Văn Công Dân");
      assertThat(page.locator("main")).not().containsText("0912 345 678");
      Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
          .as("the status page does not scroll sideways on a phone").isLessThanOrEqualTo(CITIZEN.width);
      checked(page, "tra-cuu-phan-anh", CITIZEN, false);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
