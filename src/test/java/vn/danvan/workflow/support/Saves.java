package vn.danvan.workflow.support;

import java.util.List;
import org.mockito.stubbing.Answer;

/** A mocked repository's save that keeps the row in a list, as the table would, and returns it. */
public final class Saves {

  private Saves() {
  }

  /** {@code when(decisions.save(any())).thenAnswer(Saves.into(history))}. */
  public static <T> Answer<T> into(List<? super T> rows) {
    return call -> {
      T row = call.getArgument(0);
      rows.add(row);
      return row;
    };
  }
}
