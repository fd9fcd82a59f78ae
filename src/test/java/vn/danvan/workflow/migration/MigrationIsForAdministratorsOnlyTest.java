package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/** Every migration endpoint answers 403 to anyone but an administrator, 401 without a login. */
class MigrationIsForAdministratorsOnlyTest extends ServiceOnH2 {

  private static final Map<String, Object> PLAN = Map.of("processKey", "model-registration", "sourceVersion", 1,
      "targetVersion", 2);

  @Autowired
  TestRestTemplate rest;

  @Test
  void onlyAdministratorsMayPlanRunOrFollowAMigration() {
    SoftAssertions soft = new SoftAssertions();
    for (String user : List.of("reviewer", "head", "commune1", "council", "standing")) {
      Api api = Api.as(rest, user);
      soft.assertThat(api.status("/api/admin/migrations/processes")).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      for (String path : List.of("/plan", "/validate", "/dry-run", "")) {
        soft.assertThat(api.post("/api/admin/migrations" + path, PLAN).getStatusCode()).as("%s %s", user, path)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
      soft.assertThat(api.status("/api/admin/migrations/some-batch")).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    soft.assertThat(Api.anonymous(rest).status("/api/admin/migrations/processes"))
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    soft.assertThat(Api.as(rest, "admin").status("/api/admin/migrations/processes"))
        .isEqualTo(HttpStatus.OK);
    soft.assertAll();
  }
}
