package vn.danvan.workflow.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.audit.Audit;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * Adding, editing and deleting authorities, for the API and the page alike: administrators only, the area must be a
 * known unit, an authority in use is not deleted (409 naming what uses it), and each change is audited in its own
 * transaction.
 */
@Service
class AuthorityChanges {

  static final String KIND = "authority";

  private final AuthorityRepository authorities;
  private final UnitRepository units;
  private final List<AuthorityUses> uses;
  private final Audit audit;
  private final Problems texts;

  AuthorityChanges(AuthorityRepository authorities, UnitRepository units, List<AuthorityUses> uses, Audit audit,
      Problems texts) {
    this.authorities = authorities;
    this.units = units;
    this.uses = uses;
    this.audit = audit;
    this.texts = texts;
  }

  @Transactional
  public Authority add(AuthorityRequest request) {
    administrator();
    knownUnit(request.areaId());
    Authority saved = authorities.save(apply(new Authority(request.areaId(), request.levelName(), request.power(),
        request.actorGroup(), request.actorTitle()), request));
    audit.created(KIND, saved.getId(), snapshot(saved));
    return saved;
  }

  @Transactional
  public Authority update(long id, AuthorityRequest request) {
    administrator();
    Authority authority = find(id);
    knownUnit(request.areaId());
    Map<String, Object> before = snapshot(authority);
    authority.change(request.areaId(), request.levelName(), request.power(), request.actorGroup(),
        request.actorTitle());
    apply(authority, request);
    Map<String, Object> after = snapshot(authority);
    if (!after.equals(before)) {
      audit.updated(KIND, id, before, after);
    }
    return authority;
  }

  /**
   * The entry is written before the row goes: a delete the database still refuses (a reference no
   * {@link AuthorityUses} knows) rolls the entry back with it, and is answered 409 too.
   */
  @Transactional
  public void remove(long id) {
    administrator();
    Authority authority = find(id);
    Locale locale = LocaleContextHolder.getLocale();
    List<AuthorityUses.Use> inUse = uses.stream().map(use -> use.of(id)).filter(AuthorityUses.Use::any).toList();
    if (!inUse.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "authority-in-use", id, describe(inUse, locale));
    }
    audit.deleted(KIND, id, snapshot(authority));
    try {
      authorities.delete(authority);
      authorities.flush();
    } catch (DataIntegrityViolationException referenced) {
      throw new ApiException(HttpStatus.CONFLICT, "authority-in-use", id,
          texts.text("authority.use.other", locale));
    }
  }

  @Transactional(readOnly = true)
  public Authority find(long id) {
    return authorities.findById(id).orElseThrow(() -> ApiException.notFound("thẩm quyền", id));
  }

  static Caller administrator() {
    Caller caller = Caller.current();
    if (!caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    return caller;
  }

  private void knownUnit(String unitId) {
    if (!units.existsById(unitId)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-unit", unitId);
    }
  }

  private static Authority apply(Authority authority, AuthorityRequest request) {
    return authority.proposedBy(blankAsNull(request.proposerGroup()), blankAsNull(request.proposerTitle()))
        .publicisedBy(blankAsNull(request.publicistGroup()))
        .grants(blankAsNull(request.rewardForm()), blankAsNull(request.rewardFormName()));
  }

  /** The authority as the record keeps it, the area's name beside its id (names change; the record should not). */
  private Map<String, Object> snapshot(Authority a) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("areaId", a.getAreaId());
    fields.put("areaName", units.findById(a.getAreaId()).map(Unit::getName).orElse(null));
    fields.put("levelName", a.getLevelName());
    fields.put("power", a.getPower());
    fields.put("actorGroup", a.getActorGroup());
    fields.put("actorTitle", a.getActorTitle());
    fields.put("proposerGroup", a.getProposerGroup());
    fields.put("proposerTitle", a.getProposerTitle());
    fields.put("publicistGroup", a.getPublicistGroup());
    fields.put("rewardForm", a.getRewardForm());
    fields.put("rewardFormName", a.getRewardFormName());
    return fields;
  }

  private String describe(List<AuthorityUses.Use> inUse, Locale locale) {
    return inUse.stream()
        .map(use -> texts.text("authority.use." + use.kind(), locale, use.count(), String.join(", ", use.names())))
        .collect(Collectors.joining("; "));
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
