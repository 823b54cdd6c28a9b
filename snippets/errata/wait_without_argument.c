/* The headers are there; the argument of wait() is not. */
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    if (fork() == 0)
        _exit(0);
    wait();
    return 0;
}
