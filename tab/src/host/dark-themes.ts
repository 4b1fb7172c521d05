// The host themes other than light, in their own module so the tab loads them only when a host asks for one.
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
