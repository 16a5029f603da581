package org.peerpartners.companion.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driving the running app, one per journey. Nothing is
 * downloaded: Selenium is pointed at the system's chromedriver. Every step can leave a
 * screenshot under {@code target/screenshots/<journey>/} for people to look at.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String DEMO_PASSWORD = "riverside-demo";

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;
    private int step;

    private Browser(ChromeDriver driver, String baseUrl, Path screenshots, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.profile = profile;
    }

    /** Opens a tablet-sized window on the app at this port, in this language (en or es). */
    static Browser open(int port, String journey, String language) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser journeys need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver); .ci/run installs them");
        try {
            Path profile = Files.createTempDirectory("companion-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--lang=" + language,
                    "--window-size=1280,1000");
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(java.util.Map.of("XDG_CONFIG_HOME", profile.resolve("config").toString(),
                            "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            Path screenshots = Path.of("target", "screenshots", journey);
            Files.createDirectories(screenshots);
            return new Browser(driver, "http://localhost:" + port, screenshots, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Signs in through the login form with the demo password. */
    void signIn(String email) {
        go("/login");
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    WebElement find(By by) {
        return wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return wait(Duration.ofSeconds(10)).until(condition);
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** A tablet held upright (820 × 1180 CSS pixels), or back to the laptop-sized window. */
    void tablet(boolean tablet) {
        driver.manage().window().setSize(tablet ? new Dimension(820, 1180) : new Dimension(1280, 1000));
    }

    /** Where this journey's screenshots go. */
    Path screenshotDirectory() {
        return screenshots;
    }

    /** Shows the page as the printer would get it ({@code @media print}), or back as on screen. */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", print ? "print" : ""));
    }

    /**
     * On the sandbox chat page: sends a message and waits until the bot has given
     * {@code replies} replies in all; returns the text of the last one.
     */
    String chat(String text, int replies) {
        driver.findElement(By.id("chat-text")).sendKeys(text);
        driver.findElement(By.cssSelector("#chat-form button")).click();
        wait(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".bubble.from-bot")).size() >= replies);
        List<WebElement> bot = driver.findElements(By.cssSelector(".bubble.from-bot .text"));
        return bot.get(bot.size() - 1).getText();
    }

    /** Saves the whole page as {@code target/screenshots/<journey>/NN-<name>.png}. */
    Path screenshot(String name) {
        try {
            Dimension window = driver.manage().window().getSize();
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height, 1000), 4000)));
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(window);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
