/** Dialog ids, shared so that one dialog can start another without importing it. */
export const ROOT_DIALOG = 'rootDialog';
export const CONTACT_DIALOG = 'contactDialog';
