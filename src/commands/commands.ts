/**
 * The ribbon's function file. The Home-tab button opens the task pane (ShowTaskpane needs no code);
 * this page only has to load Office.js and signal that it is ready. Nothing to register: every
 * ribbon action of the add-in is declarative (manifest.xml).
 */
import { whenOfficeReady } from '../excel/officeStart';

whenOfficeReady();
