package vn.danvan.workflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;

@RestController
class MeController {

  private final IdentityService identity;
  private final UnitRepository units;

  MeController(IdentityService identity, UnitRepository units) {
    this.identity = identity;
    this.units = units;
  }

  record UnitRef(String id, String name) {
  }

  record Me(String username, String name, List<String> groups, List<UnitRef> units) {
  }

  @GetMapping("/api/me")
  @Transactional(readOnly = true)
  Me me() {
    Caller caller = Caller.current();
    User user = identity.createUserQuery().userId(caller.username()).singleResult();
    String name = user == null ? caller.username()
        : String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName())).strip();
    List<UnitRef> mine = units.findAllById(caller.groups()).stream()
        .map(unit -> new UnitRef(unit.getId(), unit.getName()))
        .toList();
    return new Me(caller.username(), name, caller.groups(), mine);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
