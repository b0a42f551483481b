package uk.police.mopi.user.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.user.Role;

/**
 * The areas chosen in a user form: every one from the list of business areas, and at
 * least one for an area owner. Part of the form's shape, so it is checked with the other
 * fields and every problem shows at once; the error is on {@code ownedAreas}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OwnedAreas.Check.class)
@interface OwnedAreas {

	String message() default "{user.ownedAreas.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link UserForm}'s areas against the business areas. */
	class Check implements ConstraintValidator<OwnedAreas, UserForm> {

		private final BusinessAreaService areas;

		public Check(BusinessAreaService areas) {
			this.areas = areas;
		}

		@Override
		public boolean isValid(UserForm form, ConstraintValidatorContext context) {
			Set<String> known = this.areas.areas().stream().map(BusinessAreaView::code).collect(Collectors.toSet());
			String problem = null;
			if (!known.containsAll(form.getOwnedAreas())) {
				problem = "{user.ownedAreas.unknown}";
			}
			else if (form.getRole() == Role.AREA_OWNER && form.getOwnedAreas().isEmpty()) {
				problem = "{user.ownedAreas.required}";
			}
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem)
				.addPropertyNode("ownedAreas")
				.addConstraintViolation();
			return false;
		}

	}

}
