package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Without an SMTP server (the shared service has none), a granted reward reaches its unit as an in-app
 * notification only, and nothing is rendered for a letter that cannot go.
 */
class RewardLetterWithoutMailTest extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ModelRepository models;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IssuedDocumentRepository issued;

  @Test
  void theUnitIsToldInTheAppAndNoLetterIsMade() {
    RewardThroughTheProcess reward = new RewardThroughTheProcess(rest, models, runtime);
    String name = "Khen thưởng không thư <b>\"{unit}\"</b>";
    long id = reward.granted(name, 2291);

    Map<String, Object> told = reward.notifications("commune1").stream()
        .filter(n -> "REWARDED".equals(n.get("kind")) && Long.valueOf(id).equals(((Number) n.get("modelId")).longValue()))
        .findFirst().orElseThrow();
    assertThat(told.get("message")).isEqualTo("Mô hình \"" + name + "\" được tặng Giấy khen của Chủ tịch UBND huyện"
        + " – Quyết định số " + RewardThroughTheProcess.NUMBER + " ngày 12/01/2292, Nguyễn Văn Chủ tịch ký");
    assertThat(reward.notifications("commune2")).noneMatch(n -> String.valueOf(n.get("message")).contains(name));
    assertThat(issued.findByModelIdOrderByIdAsc(id)).as("no Giấy khen issued for a letter never sent").isEmpty();

    // on the unit's "Thông báo": labelled, the name as text, linked to the model
    String page = PortalSession.signedIn(port, "commune1").get("/thong-bao").body();
    assertThat(page).contains(">Khen thưởng</span>", "Khen thưởng không thư &lt;b&gt;&quot;{unit}&quot;&lt;/b&gt;",
        "href=\"/mo-hinh/" + id + "\"");
  }
}
