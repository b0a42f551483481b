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

/** A file was chosen to upload, and it is not empty. */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FileChosen.Check.class)
@interface FileChosen {

	String message() default "{catalogue.import.file.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** True for a file with some content. */
	class Check implements ConstraintValidator<FileChosen, MultipartFile> {

		@Override
		public boolean isValid(MultipartFile file, ConstraintValidatorContext context) {
			return file != null && !file.isEmpty();
		}

	}

}
