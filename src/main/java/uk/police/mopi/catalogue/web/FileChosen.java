package uk.police.mopi.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file was chosen to upload, it is not empty, and it is at most {@link #maxBytes()} (2
 * MB: the portal's multipart limit is the larger evidence-file limit since issue 11).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FileChosen.Check.class)
@interface FileChosen {

	String message() default "{catalogue.import.file.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	long maxBytes() default 2L * 1024 * 1024;

	/** True for a file with some content, within the size. */
	class Check implements ConstraintValidator<FileChosen, MultipartFile> {

		private long maxBytes;

		@Override
		public void initialize(FileChosen annotation) {
			this.maxBytes = annotation.maxBytes();
		}

		@Override
		public boolean isValid(MultipartFile file, ConstraintValidatorContext context) {
			if (file != null && file.getSize() > this.maxBytes) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{catalogue.import.file.size}").addConstraintViolation();
				return false;
			}
			return file != null && !file.isEmpty();
		}

	}

}
