package org.sitrep.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Links each input record to the record before it in its partition. Keyed by partition: one partition is read by one
 * source subtask, and records of one key keep their order through the shuffle, so this sees each partition in offset
 * order; the last offset is keyed state, so it follows its partition through rescaling and restores. (Operator union
 * state, chained to the source, would save the shuffle but cannot be checkpointed once some source subtasks have
 * finished, as idle ones of a bounded job do.)
 */
final class Sequencer extends KeyedProcessFunction<String, KafkaArticle, LinkedArticle> {
  private static final long serialVersionUID = 1L;

  private transient ValueState<Long> last;

  /** The key: topic and partition. */
  static final class ByPartition implements KeySelector<KafkaArticle, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(KafkaArticle a) { return a.at().partitionKey(); }
  }

  @Override
  public void open(OpenContext context) {
    last = getRuntimeContext().getState(new ValueStateDescriptor<>("last-offset", Types.LONG));
  }

  @Override
  public void processElement(KafkaArticle a, Context ctx, Collector<LinkedArticle> out) throws Exception {
    Long before = last.value();
    last.update(a.at().offset());
    out.collect(new LinkedArticle(a, before == null ? LinkedArticle.FIRST : before));
  }
}
