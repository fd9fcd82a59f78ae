package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.TestSmtp;

/**
 * The reward letter through a real SMTP server (GreenMail): once the chair's decision has committed, every member of
 * the model's unit with an address gets one plain-text letter naming the decision, with the absolute addresses of
 * the decision's page and of the Giấy khen's public verification page (issued for it), and the unit also has the
 * in-app notification. Model names go into the letter as text, braces and markup included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:reward-letter;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "spring.mail.host=127.0.0.1",
        "danvan.documents.portal-url=https://danvan.example.vn/",
        "danvan.documents.verify-url=https://danvan.example.vn/xac-thuc/"})
@ActiveProfiles("demo")
class RewardLetterMailTest {

  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");

  private static final TestSmtp smtp = new TestSmtp();
  private static final Pattern VERIFY = Pattern.compile("https://danvan\\.example\\.vn/xac-thuc/([a-z2-7]{26})");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ModelRepository models;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", smtp::port);
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    smtp.reset();
  }

  @Test
  void aLetterTheMailServerRefusesStaysAJobThatIsRetriedAndSentOnceTheServerIsBack() {
    new RewardThroughTheProcess(rest, models, runtime).granted("Mô hình chờ máy chủ thư", 2026);
    List<String> letterJobs = jdbc.queryForList(
        "select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = 'danvan-reward-letter'", String.class);
    assertThat(letterJobs).hasSize(1);
    String job = letterJobs.get(0);

    smtp.stop();
    assertThatThrownBy(() -> management.executeJob(job)).isInstanceOf(RuntimeException.class);
    Job failed = management.createJobQuery().jobId(job).singleResult();
    assertThat(failed).as("kept for the next try, not lost").isNotNull();
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(failed.getExceptionMessage()).isNotBlank();

    smtp.start();
    management.executeJob(job);
    assertThat(smtp.received()).hasSize(1);
    assertThat(management.createJobQuery().jobId(job).count()).isZero();
  }

  @Test
  void theUnitGetsOnePlainTextLetterNamingTheDecisionWithTheDecisionPageAndTheVerificationPage() throws Exception {
    RewardThroughTheProcess reward = new RewardThroughTheProcess(rest, models, runtime);
    String name = "Dân vận khéo <b>\"{unit}\"</b> & dồn điền";
    long id = reward.granted(name, 2026);

    // the decision committed with the letter's job; the job executor sends it, not the chair's request
    List<String> letterJobs = jdbc.queryForList(
        "select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = 'danvan-reward-letter'", String.class);
    assertThat(letterJobs).hasSize(1);
    assertThat(smtp.received()).isEmpty();
    letterJobs.forEach(management::executeJob);
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'danvan-reward-letter'",
        Long.class)).as("sent: the job is done").isZero();

    assertThat(smtp.received()).hasSize(1); // one message, a copy per member of Xuân Hồng
    MimeMessage letter = smtp.received()[0];
    assertThat(letter.getAllRecipients()).extracting(Object::toString)
        .containsExactly("commune1@xuantruong.demo.danvan.vn");
    assertThat(letter.getSubject()).isEqualTo("[Khen thưởng] Mô hình \"" + name
        + "\" được tặng Giấy khen của Chủ tịch UBND huyện");
    assertThat(letter.getContentType()).startsWith("text/plain").contains("UTF-8");
    assertThat(letter.getMessageID()).startsWith("<reward.").endsWith("@danvan-workflow>");
    String body = ((String) letter.getContent()).replace("\r\n", "\n"); // as sent: lines end in CR LF
    long proposalId = Long.parseLong(letter.getMessageID().replaceAll("\\D", ""));
    assertThat(body).contains("Kính gửi Xã Xuân Hồng,", "Mô hình \"" + name + "\" của đơn vị đã được tặng Giấy khen"
            + " của Chủ tịch UBND huyện theo Quyết định số " + RewardThroughTheProcess.NUMBER
            + " ngày 12/01/2027 của Chủ tịch UBND huyện (Nguyễn Văn Chủ tịch ký).",
        "https://danvan.example.vn/quyet-dinh/khen-thuong/" + proposalId + "\n")
        .doesNotContain("&lt;", "&amp;", "&quot;");

    // the link leads to the Giấy khen just issued, valid, for anyone
    Matcher verify = VERIFY.matcher(body);
    assertThat(verify.find()).as(body).isTrue();
    String page = new PortalSession(port).get("/xac-thuc/" + verify.group(1)).body();
    assertThat(page).contains("Hợp lệ", "Giấy khen", "Dân vận khéo &lt;b&gt;");
    // and the unit has the in-app notification as well
    assertThat(reward.notifications("commune1")).anyMatch(n -> "REWARDED".equals(n.get("kind"))
        && Long.valueOf(id).equals(((Number) n.get("modelId")).longValue()));
    // the decision's page the letter names is the unit's to open
    assertThat(PortalSession.signedIn(port, "commune1").get("/quyet-dinh/khen-thuong/" + proposalId).statusCode())
        .isEqualTo(200);
  }
}
