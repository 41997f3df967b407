//! Browser entry point: mounts the app on the page's body.

fn main() {
    yew::Renderer::<networking_mindset::app::App>::new().render();
}
