package org.sitrep.stream;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.domain.Extraction;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;
import org.sitrep.store.AddResult;
import org.sitrep.store.IncidentChange;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The single writer: merges and stores each analysed article through {@link Store#add} (one transaction per document,
 * idempotent by content hash) in the order Kafka holds each partition, then emits one {@link IncidentUpdate} per
 * incident the document created or joined.
 *
 * <p>Order: analysis runs in parallel and finishes out of order, so each article carries the offset of the one before
 * it in its partition ({@link Sequencer}); an article waits here ({@link Resequencer}) until its predecessor is
 * written. Merging depends on what is stored already, so this makes the database the one {@code sitrep ingest} would
 * build from the same partition. Articles waiting and the last offset written per partition are checkpointed.
 *
 * <p>Exactly once: the store commits at once, the update topic only with the next checkpoint. After a failure the job
 * rewinds to its last checkpoint and replays; a replayed document is a duplicate to the store, and its updates are
 * rebuilt from the store ({@link Store#changes}) and emitted again, identical to the first time, into a new
 * transaction. So an update whose transaction was aborted is never lost, and read_committed consumers see each once.
 *
 * <p>A store failure caused by the data (PostgreSQL SQLSTATE classes 22 and 23: a value the column refuses) is a
 * {@link Rejection}; any other (connection lost, database down) fails the job, which restarts from its checkpoint.
 */
final class StoreWriter extends ProcessFunction<Analysed, IncidentUpdate> implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  private final String jdbcUrl;
  private final WriteListener listener;
  private transient Store store;
  private transient ExtractionCodec codec;
  private transient ListState<Position> writtenState;
  private transient ListState<Analysed> waitingState;
  private transient Resequencer order;
  private transient Counter stored;
  private transient Counter duplicates;
  private transient Counter updates;

  StoreWriter(String jdbcUrl, WriteListener listener) {
    this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    writtenState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("written", Position.class));
    waitingState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("waiting", Analysed.class));
    List<Position> written = new ArrayList<>();
    writtenState.get().forEach(written::add);
    List<Analysed> waiting = new ArrayList<>();
    waitingState.get().forEach(waiting::add);
    order = new Resequencer(written, waiting);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    writtenState.update(order.released());
    waitingState.update(order.waiting());
  }

  @Override
  public void open(OpenContext context) {
    int subtasks = getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks();
    if (subtasks != 1) throw new IllegalStateException("the store writer runs as one subtask, not " + subtasks);
    store = Store.open(jdbcUrl);
    codec = new ExtractionCodec();
    stored = getRuntimeContext().getMetricGroup().counter("documentsStored");
    duplicates = getRuntimeContext().getMetricGroup().counter("documentsStoredBefore");
    updates = getRuntimeContext().getMetricGroup().counter("incidentUpdates");
  }

  @Override
  public void close() {
    if (store != null) store.close();
  }

  @Override
  public void processElement(Analysed a, Context ctx, Collector<IncidentUpdate> out) {
    for (Analysed next : order.offer(a)) write(next, ctx, out);
  }

  private void write(Analysed a, Context ctx, Collector<IncidentUpdate> out) {
    switch (a.kind()) {
      case REJECTED -> { }
      case STORED_BEFORE -> {
        duplicates.inc();
        listener.written(a.at(), a.contentHash(), true);
        announce(a, out);
      }
      case EXTRACTED -> {
        Extraction x = codec.decode(a.extraction());
        AddResult result;
        try {
          result = store.add(x);
        } catch (StoreException e) {
          if (!causedByData(e)) throw e;
          ctx.output(StreamJob.REJECTIONS, new Rejection(a.at(), a.input(), StageName.STORE, ProblemCode.NOT_STORED,
              e.getMessage()));
          break;
        }
        (result.duplicate() ? duplicates : stored).inc();
        listener.written(a.at(), a.contentHash(), result.duplicate());
        announce(a, out);
      }
      default -> throw new IllegalStateException("unknown kind " + a.kind());
    }
  }

  /** One update per incident the stored document reported, rebuilt from the store so a replay repeats it exactly. */
  private void announce(Analysed a, Collector<IncidentUpdate> out) {
    for (IncidentChange c : store.changes(a.contentHash())) {
      updates.inc();
      out.collect(new IncidentUpdate(c.incidentId(),
          c.created() ? IncidentUpdate.Change.CREATED : IncidentUpdate.Change.UPDATED, c.version(), a.contentHash(),
          a.input(), a.at()));
    }
  }

  /** SQLSTATE class 22 (data exception) or 23 (integrity constraint violation): this document, not the database. */
  static boolean causedByData(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
        return true;
      }
    }
    return false;
  }
}
