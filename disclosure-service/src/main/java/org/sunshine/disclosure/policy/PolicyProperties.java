package org.sunshine.disclosure.policy;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param categories the policy categories drafts may use (data, not code: a bureau may add its own)
 */
@Validated
@ConfigurationProperties("sunshine.disclosure.policy")
record PolicyProperties(@NotEmpty @DefaultValue({ "最新法规", "优惠政策", "办税指南", "问题解答" }) List<String> categories) {
}
