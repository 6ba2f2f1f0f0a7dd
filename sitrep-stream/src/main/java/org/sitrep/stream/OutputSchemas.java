package org.sitrep.stream;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;

/**
 * How the job's outputs become Kafka records: incident updates keyed by incident id (one incident's updates stay in
 * order on one partition), rejections keyed by the input's name. Values are {@link Messages}' JSON. Built with the
 * connector's own builder, which names the target topic to the sink (its pooled transactional ids need that).
 */
final class OutputSchemas {
  private OutputSchemas() {}

  static KafkaRecordSerializationSchema<IncidentUpdate> updates(String topic) {
    return KafkaRecordSerializationSchema.<IncidentUpdate>builder().setTopic(topic)
        .setKeySerializationSchema(new UpdateKey()).setValueSerializationSchema(new UpdateValue()).build();
  }

  static KafkaRecordSerializationSchema<Rejection> rejections(String topic) {
    return KafkaRecordSerializationSchema.<Rejection>builder().setTopic(topic)
        .setKeySerializationSchema(new RejectionKey()).setValueSerializationSchema(new RejectionValue()).build();
  }

  static final class UpdateKey implements SerializationSchema<IncidentUpdate> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] serialize(IncidentUpdate u) { return Long.toString(u.incident()).getBytes(StandardCharsets.UTF_8); }
  }

  static final class UpdateValue implements SerializationSchema<IncidentUpdate> {
    private static final long serialVersionUID = 1L;
    private transient Messages messages;

    @Override
    public void open(InitializationContext context) { messages = new Messages(); }

    @Override
    public byte[] serialize(IncidentUpdate u) { return messages.update(u); }
  }

  static final class RejectionKey implements SerializationSchema<Rejection> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] serialize(Rejection r) { return r.input().getBytes(StandardCharsets.UTF_8); }
  }

  static final class RejectionValue implements SerializationSchema<Rejection> {
    private static final long serialVersionUID = 1L;
    private transient Messages messages;

    @Override
    public void open(InitializationContext context) { messages = new Messages(); }

    @Override
    public byte[] serialize(Rejection r) { return messages.rejection(r); }
  }
}
