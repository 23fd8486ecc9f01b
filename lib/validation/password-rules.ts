/** The password length rule on its own, so browser code can quote it without loading the schemas. */
export const PASSWORD_MIN = 12;
