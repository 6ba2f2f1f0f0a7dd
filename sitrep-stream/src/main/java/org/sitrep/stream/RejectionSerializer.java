package org.sitrep.stream;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Rejections to the error topic, keyed by the input's name (its article id, or its position when it has none). */
final class RejectionSerializer implements KafkaRecordSerializationSchema<Rejection> {
  private static final long serialVersionUID = 1L;
  private final String topic;
  private transient Messages messages;

  RejectionSerializer(String topic) { this.topic = Objects.requireNonNull(topic, "topic"); }

  @Override
  public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
    messages = new Messages();
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(Rejection r, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(topic, r.input().getBytes(StandardCharsets.UTF_8), messages.rejection(r));
  }
}
