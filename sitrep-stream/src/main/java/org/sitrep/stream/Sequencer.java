package org.sitrep.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Links each input record to the record before it in its partition. Runs chained to the Kafka source, so it sees each
 * partition in offset order. The last offset per partition is checkpointed as union state: after a rescale any subtask
 * may get any partition, and every subtask keeps the newest offset it knows for each.
 */
final class Sequencer extends ProcessFunction<KafkaArticle, LinkedArticle> implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  private transient ListState<Position> checkpointed;
  private transient Map<String, Position> last;

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    checkpointed = context.getOperatorStateStore().getUnionListState(
        new ListStateDescriptor<>("last-read", Position.class));
    last = new HashMap<>();
    for (Position p : checkpointed.get()) last.merge(p.partitionKey(), p, Sequencer::newer);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    checkpointed.update(new ArrayList<>(last.values()));
  }

  @Override
  public void processElement(KafkaArticle a, Context ctx, Collector<LinkedArticle> out) {
    Position before = last.put(a.at().partitionKey(), a.at());
    out.collect(new LinkedArticle(a, before == null ? LinkedArticle.FIRST : before.offset()));
  }

  private static Position newer(Position a, Position b) { return a.offset() >= b.offset() ? a : b; }
}
