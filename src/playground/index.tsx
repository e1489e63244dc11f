/** Playground entry: the page renders at once; the workbook code arrives with the first workbook. */
import '../taskpane/zodWithoutEval';
import { createRoot } from 'react-dom/client';
import { languageFor } from '../taskpane/i18n/strings';
import { Playground } from './Playground';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <Playground initialLang={languageFor(new URLSearchParams(location.search).get('lang') ?? undefined)} />,
  );
