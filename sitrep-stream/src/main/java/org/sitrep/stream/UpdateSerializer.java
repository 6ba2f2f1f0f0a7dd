package org.sitrep.stream;

import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Incident updates to their topic, keyed by incident id. */
final class UpdateSerializer implements KafkaRecordSerializationSchema<IncidentUpdate> {
  private static final long serialVersionUID = 1L;
  private final String topic;
  private transient Messages messages;

  UpdateSerializer(String topic) { this.topic = Objects.requireNonNull(topic, "topic"); }

  @Override
  public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
    messages = new Messages();
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(IncidentUpdate u, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(topic, messages.updateKey(u), messages.update(u));
  }
}
