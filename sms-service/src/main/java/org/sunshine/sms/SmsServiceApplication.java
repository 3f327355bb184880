package org.sunshine.sms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 短信服务平台: sends templated SMS to mainland mobiles over SMPP and tracks their delivery receipts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SmsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmsServiceApplication.class, args);
	}

}
