package org.sitrep.stream;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Keeps each input record's bytes and position; parsing waits for the analysis, where a bad record is reported. */
final class ArticleDeserializer implements KafkaRecordDeserializationSchema<KafkaArticle> {
  private static final long serialVersionUID = 1L;

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaArticle> out) {
    byte[] value = record.value() == null ? new byte[0] : record.value();
    out.collect(new KafkaArticle(new Position(record.topic(), record.partition(), record.offset()), value));
  }

  @Override
  public TypeInformation<KafkaArticle> getProducedType() { return TypeInformation.of(KafkaArticle.class); }
}
