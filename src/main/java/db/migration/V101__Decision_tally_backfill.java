package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.danvan.workflow.model.DecisionTally;

/** Fills V100's decision_tally from the decisions already recorded, with the code that keeps it afterwards. */
public class V101__Decision_tally_backfill extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    DecisionTally.rebuild(context.getConnection());
  }
}
