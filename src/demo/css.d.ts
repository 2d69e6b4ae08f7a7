// webpack.demo.js loads .css files as text (asset/source).
declare module "*.css" {
  const css: string;
  export default css;
}
