package uk.police.mopi.shared.web;

import org.springframework.validation.BindingResult;

import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;

/**
 * How a page controller submits a form: unless binding already failed, run the service
 * call; a refusal puts each problem on its field (or on the form as a whole), so the
 * controller re-renders the form with its errors. A {@code ConcurrentChangeException}
 * passes through to the 409 page.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Runs {@code action} when the form bound cleanly.
	 * @return true when the action ran and was accepted; false when the form has errors
	 */
	public static boolean submit(BindingResult binding, Runnable action) {
		if (binding.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (InvalidInputException ex) {
			reject(binding, ex);
			return false;
		}
	}

	/**
	 * Puts every problem on its field when the form has that field, else on the form as a
	 * whole.
	 */
	public static void reject(BindingResult binding, InvalidInputException ex) {
		for (InputProblem problem : ex.problems()) {
			Object[] args = problem.args().toArray();
			if (problem.field() != null && binding.getFieldType(problem.field()) != null) {
				binding.rejectValue(problem.field(), problem.code(), args, null);
			}
			else {
				binding.reject(problem.code(), args, null);
			}
		}
	}

}
