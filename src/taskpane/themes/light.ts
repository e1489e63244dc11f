/** The light theme alone, in its own chunk: the pane's entry loads only the theme Office asks for. */
export { webLightTheme as theme } from '@fluentui/react-components';
