package uk.police.mopi.catalogue;

/**
 * Something wrong with an import file. A file with any problem is not applied at all.
 *
 * @param line line of the file (the header is line 1), or 0 for the file as a whole
 * @param column the column at fault, or empty
 * @param message what is wrong, in words a person can act on
 */
public record ImportProblem(long line, String column, String message) {

	static ImportProblem ofFile(String message) {
		return new ImportProblem(0, "", message);
	}

}
