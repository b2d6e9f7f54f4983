/** The readers refuse a file with the same error the check uses for text it will not take. */
export { InputError } from "../core/input-error";
