package cn.legalaidhub.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, at 1366×768, signed in as one console user.
 * Every page it is asked to keep is saved as a PNG under {@code target/screenshots/} (test artifacts).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String PASSWORD = "it-console-password";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final URI base;
    private final Path profile;
    final ChromeDriver driver;
    final WebDriverWait wait;

    ConsoleBrowser(URI base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("console-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static boolean available() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    void signIn(String username) {
        open("/console/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top .who")));
    }

    void signOut() {
        driver.findElement(By.cssSelector("header.top .who button")).click();
        wait.until(ExpectedConditions.urlContains("/console/login"));
    }

    WebElement type(By by, String text) {
        WebElement element = driver.findElement(by);
        element.clear();
        element.sendKeys(text);
        return element;
    }

    void choose(By by, String value) {
        new Select(driver.findElement(by)).selectByValue(value);
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    String page() {
        return driver.getPageSource();
    }

    /** A full-page PNG named for the step, e.g. {@code 03-reviewer-inbox.png}. */
    void screenshot(String name) {
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a failed step: the screen and the page source, to see what the browser saw. */
    void keepFailure(String name) {
        try {
            screenshot("failed-" + name);
            Files.writeString(SCREENSHOTS.resolve("failed-" + name + ".html"), driver.getPageSource());
        } catch (RuntimeException | IOException ignored) {
            // the original failure matters more
        }
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
