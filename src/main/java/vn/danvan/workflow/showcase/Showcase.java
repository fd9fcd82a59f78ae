package vn.danvan.workflow.showcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelKind;

/**
 * What the public may see of the movement, in plain SQL over the recognition and reward tables: only models a
 * competent body recognised by a signed decision (a decided round, the candidate recognised), never one removed
 * since. Only public facts are selected: names, unit, field, verifiable outputs, the issuing body, decision
 * number and date, and the verification code of a certificate issued and standing (its public page is where the
 * code printed on it leads). Never who registered, who signed or recorded, evidence files, comments or reasons.
 */
@Component
class Showcase {

  private static final String RECOGNISED_FROM = """
      from recognition_candidate c
      join recognition_round r on r.id = c.round_id
      join mobilization_model m on m.id = c.model_id
      join unit u on u.id = m.unit_id
      """;
  private static final String RECOGNISED_WHERE = """
      where c.status = 'RECOGNISED' and r.status = 'DECIDED' and r.decision_number is not null
        and m.status <> 'REMOVED'""";
  /** A recognised candidate of a decided round, its model still in the movement. */
  private static final String RECOGNISED = RECOGNISED_FROM + RECOGNISED_WHERE;
  /**
   * The certificate of a recognition, once issued and while it stands: only its verification code, which leads to
   * the public verification page (document.VerificationPage); nothing else of the document is read.
   */
  private static final String CERTIFICATE = """
      left join issued_document d on d.kind = 'RECOGNITION_CERTIFICATE' and d.status = 'VALID'
        and d.source_key = concat('round:', r.id, '/model:', c.model_id)
      """;

  private final NamedParameterJdbcTemplate jdbc;

  Showcase(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code certificateCode}: the verification code of its certificate, issued and not revoked; else null. */
  record Recognition(int year, String level, String body, String number, LocalDate date, boolean outstanding,
      String certificateCode) {
  }

  /** {@code certificateCode}: the verification code of its Giấy khen, issued and not revoked; else null. */
  record Reward(int year, String form, String body, String number, LocalDate date, String certificateCode) {
  }

  record Publication(String channel, String title, LocalDate date, String link) {
  }

  /** One model as the public sees it, with its recognitions and rewards (of one year, or all on its card). */
  record Entry(long id, String name, ModelKind kind, Field field, String unitName, String content, String outputs,
      boolean outstanding, List<Recognition> recognitions, List<Reward> rewards) {
  }

  record Page(List<Entry> entries, long total) {
  }

  /** The years with at least one public recognition, latest first. */
  List<Integer> years() {
    return jdbc.queryForList("select distinct r.campaign_year " + RECOGNISED + " order by r.campaign_year desc",
        Map.of(), Integer.class);
  }

  /** The models recognised in that year (of that field, or all), outstanding first, then by name. */
  Page page(int year, Field field, int page, int size) {
    MapSqlParameterSource params = new MapSqlParameterSource("year", year)
        .addValue("field", field == null ? null : field.name())
        .addValue("size", size).addValue("offset", (long) page * size);
    String where = " and r.campaign_year = :year" + (field == null ? "" : " and m.field = :field");
    long total = jdbc.queryForObject("select count(distinct m.id) " + RECOGNISED + where, params, Long.class);
    List<Entry> rows = jdbc.query("""
        select m.id, m.name, m.kind, m.field, u.name, m.outputs,
               max(case when c.outstanding then 1 else 0 end) as tieu_bieu
        """ + RECOGNISED + where + """

        group by m.id, m.name, m.kind, m.field, u.name, m.outputs
        order by tieu_bieu desc, m.name, m.id
        limit :size offset :offset""", params, (rs, i) -> entry(rs, null, rs.getInt(7) == 1));
    return new Page(withDecisions(rows, year), total);
  }

  /** One recognised model's public card with every year's recognitions and rewards; empty when not public. */
  Optional<Entry> card(long id) {
    List<Entry> found = jdbc.query("""
        select m.id, m.name, m.kind, m.field, u.name, m.outputs, m.content
        """ + RECOGNISED + " and m.id = :id", Map.of("id", id), (rs, i) -> entry(rs, rs.getString(7), false));
    return withDecisions(found.stream().limit(1).toList(), null).stream().findFirst();
  }

  /** The press and broadcasts that publicised the model (links only when they are web addresses). */
  List<Publication> publications(long id) {
    return jdbc.query("""
        select channel, title, published_on, link from publicity
        where model_id = :id order by published_on desc, id desc""", Map.of("id", id),
        (rs, i) -> new Publication(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            webAddress(rs.getString(4))));
  }

  private static Entry entry(ResultSet rs, String content, boolean outstanding) throws SQLException {
    return new Entry(rs.getLong(1), rs.getString(2), ModelKind.valueOf(rs.getString(3)),
        Field.valueOf(rs.getString(4)), rs.getString(5), content, rs.getString(6), outstanding, List.of(),
        List.of());
  }

  /** The recognition and reward decisions of these models, in one query each (of one year, or all years). */
  private List<Entry> withDecisions(List<Entry> entries, Integer year) {
    if (entries.isEmpty()) {
      return entries;
    }
    Collection<Long> ids = entries.stream().map(Entry::id).toList();
    MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("year", year);
    Map<Long, List<Recognition>> recognitions = new LinkedHashMap<>();
    jdbc.query("""
        select c.model_id, r.campaign_year, r.level_name, r.decider_title, r.decision_number, r.decision_date,
               c.outstanding, d.verification_code
        """ + RECOGNISED_FROM + CERTIFICATE + RECOGNISED_WHERE + " and c.model_id in (:ids)"
        + (year == null ? "" : " and r.campaign_year = :year")
        + " order by r.campaign_year desc, r.decision_date, r.id", params, rs -> {
          recognitions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Recognition(rs.getInt(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
              rs.getBoolean(7), rs.getString(8)));
        });
    Map<Long, List<Reward>> rewards = new LinkedHashMap<>();
    jdbc.query("""
        select p.model_id, p.campaign_year, p.reward_form_name, p.authority_title, p.decision_number,
               p.decision_date, d.verification_code
        from reward_proposal p
        left join issued_document d on d.kind = 'REWARD_CERTIFICATE' and d.status = 'VALID'
          and d.source_key = concat('reward:', p.id)
        where p.status = 'GRANTED' and p.decision_number is not null and p.model_id in (:ids)"""
        + (year == null ? "" : " and p.campaign_year = :year")
        + " order by p.campaign_year desc, p.decision_date, p.id", params, rs -> {
          rewards.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Reward(rs.getInt(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7)));
        });
    return entries.stream().map(e -> {
      List<Recognition> its = recognitions.getOrDefault(e.id(), List.of());
      return new Entry(e.id(), e.name(), e.kind(), e.field(), e.unitName(), e.content(), e.outputs(),
          e.outstanding() || its.stream().anyMatch(Recognition::outstanding), its,
          rewards.getOrDefault(e.id(), List.of()));
    }).toList();
  }

  /** A link is shown only when it is an http(s) address: never javascript: or data: from a typed field. */
  static String webAddress(String link) {
    if (link == null) {
      return null;
    }
    String trimmed = link.strip();
    String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? trimmed : null;
  }
}
