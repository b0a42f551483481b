package uk.police.mopi.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are tolerated ({@code mopi.sign-in.*}). An account (the
 * username tried) may fail {@code accountFreeFailures} times in a row; each failure from
 * then on locks it for {@code accountFirstLock}, doubled for every further failure, at
 * most {@code accountMaxLock}. Its count is forgotten after a success, an administrator's
 * unlock, or {@code accountForgetAfter} with no failure. An address that fails
 * {@code addressMaxFailures} times within {@code addressWindow} is blocked for
 * {@code addressBlock}. A password verified on the API is remembered for
 * {@code verifiedPasswordLifetime}, so HTTP Basic costs one bcrypt per few minutes.
 */
@ConfigurationProperties("mopi.sign-in")
record SignInPolicy(Integer accountFreeFailures, Duration accountFirstLock, Duration accountMaxLock,
		Duration accountForgetAfter, Integer addressMaxFailures, Duration addressWindow, Duration addressBlock,
		Duration verifiedPasswordLifetime) {

	SignInPolicy {
		accountFreeFailures = (accountFreeFailures != null) ? accountFreeFailures : 5;
		accountFirstLock = (accountFirstLock != null) ? accountFirstLock : Duration.ofMinutes(1);
		accountMaxLock = (accountMaxLock != null) ? accountMaxLock : Duration.ofMinutes(15);
		accountForgetAfter = (accountForgetAfter != null) ? accountForgetAfter : Duration.ofHours(24);
		addressMaxFailures = (addressMaxFailures != null) ? addressMaxFailures : 20;
		addressWindow = (addressWindow != null) ? addressWindow : Duration.ofMinutes(15);
		addressBlock = (addressBlock != null) ? addressBlock : Duration.ofMinutes(15);
		verifiedPasswordLifetime = (verifiedPasswordLifetime != null) ? verifiedPasswordLifetime
				: Duration.ofMinutes(5);
	}

	/**
	 * How long an account is locked after its {@code failures}-th failure in a row: none
	 * before the free failures are used up, then the first lock doubled per failure
	 * beyond them, at most the longest lock.
	 */
	Duration accountLock(int failures) {
		if (failures < this.accountFreeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.accountFreeFailures, 20);
		Duration lock = this.accountFirstLock.multipliedBy(1L << doublings);
		return (lock.compareTo(this.accountMaxLock) > 0) ? this.accountMaxLock : lock;
	}

}
