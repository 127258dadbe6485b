package dev.revops.core.workload;

import dev.revops.core.explain.Message;

/**
 * The messages of the workload package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 */
final class WorkloadMessages {

  static final Message SUMMARY = Message.of("workload.summary", 6);
  static final Message SUMMARY_NONE = Message.of("workload.summaryNone", 0);
  static final Message TRAFFIC = Message.of("workload.traffic", 4);
  static final Message MODEL_C = Message.of("workload.model.c", 0);
  static final Message MODEL_A = Message.of("workload.model.a", 1);
  static final Message OCCUPANCY_CAP = Message.of("workload.occupancyCap", 1);
  static final Message AT = Message.of("workload.at", 5);
  static final Message AT_ABANDON = Message.of("workload.atAbandon", 6);
  static final Message FEWER_SERVICE_LEVEL = Message.of("workload.fewer.serviceLevel", 3);
  static final Message FEWER_OCCUPANCY = Message.of("workload.fewer.occupancy", 3);
  static final Message FEWER_UNSTABLE = Message.of("workload.fewer.unstable", 2);
  static final Message SHRINKAGE = Message.of("workload.shrinkage", 4);
  static final Message NO_SHRINKAGE = Message.of("workload.noShrinkage", 0);

  static final Message CHANNEL = Message.of("workload.channel", 6);
  static final Message CHAT = Message.of("workload.chat", 1);
  static final Message DEFERRED = Message.of("workload.deferred", 3);
  static final Message FTE_RULE = Message.of("workload.fteRule", 2);
  static final Message PROFILE_SUMMARY = Message.of("workload.profileSummary", 4);

  private WorkloadMessages() {}
}
